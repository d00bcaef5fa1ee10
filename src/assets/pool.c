/* pool.c - the worker pool that hashes and copies files on all cores (one job at a time). */
#include "assets_internal.h"

static void *pool_thread(void *arg)
{
    pool_t *p = arg;
    void *t = p->tctx_new ? p->tctx_new(p->ud) : NULL;
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->njobs) break;
        p->run(p->ud, i, t);
    }
    if (p->tctx_free) p->tctx_free(t);
    return NULL;
}

static long ncpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        long c = CPU_COUNT(&set);
        if (c > 0 && (n <= 0 || c < n)) n = c;
    }
#endif
    return n > 0 ? n : 1;
}

void pool_run(pool_t *p)
{
    atomic_init(&p->next, 0);
    if (p->njobs == 0) return;
    long nt = ncpus();
    if ((size_t)nt > p->njobs) nt = (long)p->njobs;
    if (nt > 64) nt = 64;
    pthread_t th[64];
    long started = 0;
    for (long i = 1; i < nt; i++) {
        if (pthread_create(&th[started], NULL, pool_thread, p) != 0) break;
        started++;
    }
    pool_thread(p);
    for (long i = 0; i < started; i++) pthread_join(th[i], NULL);
}
