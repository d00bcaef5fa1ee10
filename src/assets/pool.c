/* pool.c - the worker pool that hashes and copies files on all cores (one job at a time). */
#include "assets_internal.h"

typedef struct {
    pool_t *p;
    long self, nt;
} pool_arg;

static void *pool_thread(void *arg)
{
    pool_arg *a = arg;
    pool_t *p = a->p;
    void *t = p->tctx_new ? p->tctx_new(p->ud) : NULL;
    if (p->by_range) {
        /* its own share, then the others' in turn (each index is claimed once, by fetch_add) */
        for (long k = 0; k < a->nt; k++) {
            struct pool_range *r = &p->ranges[(a->self + k) % a->nt];
            for (;;) {
                size_t i = atomic_fetch_add(&r->next, 1);
                if (i >= r->end) break;
                p->run(p->ud, i, t);
            }
        }
    } else {
        for (;;) {
            size_t i = atomic_fetch_add(&p->next, 1);
            if (i >= p->njobs) break;
            p->run(p->ud, i, t);
        }
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
    long nt = p->serial ? 1 : ncpus();
    if ((size_t)nt > p->njobs) nt = (long)p->njobs;
    if (nt > 64) nt = 64;
    pthread_t th[64];
    pool_arg args[64];
    long started = 0;
    /* the threads that could not start leave their shares to the others */
    for (long i = 0; i < nt; i++) {
        atomic_init(&p->ranges[i].next, p->njobs * (size_t)i / (size_t)nt);
        p->ranges[i].end = p->njobs * (size_t)(i + 1) / (size_t)nt;
    }
    for (long i = 1; i < nt; i++) {
        args[started + 1] = (pool_arg){p, started + 1, nt};
        if (pthread_create(&th[started], NULL, pool_thread, &args[started + 1]) != 0) break;
        started++;
    }
    args[0] = (pool_arg){p, 0, nt};
    pool_thread(&args[0]);
    for (long i = 0; i < started; i++) pthread_join(th[i], NULL);
}
