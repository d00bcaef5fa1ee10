/* pool.c - the worker pool that hashes and copies files on all cores (one job at a time).
 *
 * The threads are the process's, kept between batches: an App fingerprints and stages each of its
 * asset directories as a batch of its own (a hundred small directories: a hundred batches), and
 * a thread started for every batch cost more than the hashing of a small directory. A batch's
 * caller works on it too; the kept threads join it. They are started by the first batch that wants
 * them and leave after IDLE_MS without one; they block every signal (the program's handlers run on
 * its own threads). One batch has them at a time: a batch that finds them taken (another thread of
 * the program fingerprinting at the same time) starts threads of its own for its length, as every
 * batch once did. A forked child starts with none (pthread_atfork). */
#include "assets_internal.h"

#include <signal.h>
#include <time.h>

#define IDLE_MS 1000

typedef struct {
    pool_t *p;
    long self, nt;
} pool_arg;

static void pool_work(pool_t *p, long self, long nt)
{
    void *t = p->tctx_new ? p->tctx_new(p->ud) : NULL;
    if (p->by_range) {
        /* its own share, then the others' in turn (each index is claimed once, by fetch_add) */
        for (long k = 0; k < nt; k++) {
            struct pool_range *r = &p->ranges[(self + k) % nt];
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
}

static void *pool_thread(void *arg)
{
    pool_arg *a = arg;
    pool_work(a->p, a->self, a->nt);
    return NULL;
}

/* the CPUs this process may run on: sched_getaffinity's mask holds online CPUs only (the kernel
 * masks it with the active ones), so sysconf (a read of /sys) is only asked when it fails */
static long ncpus_asked(void)
{
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        long c = CPU_COUNT(&set);
        if (c > 0) return c;
    }
#endif
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* ncpus_asked(), asked again once CPUS_TTL_NS have gone by: a synth of a hundred small directories
 * runs two hundred batches, each asked the kernel (a mask changed meanwhile only changes how many
 * threads share a batch, never its result) */
#define CPUS_TTL_NS 100000000LL

static long ncpus(void)
{
    static _Atomic long cached;
    static _Atomic long long asked_at;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    long long now = (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
    long c = atomic_load_explicit(&cached, memory_order_relaxed);
    if (c > 0 && now - atomic_load_explicit(&asked_at, memory_order_relaxed) < CPUS_TTL_NS) return c;
    c = ncpus_asked();
    atomic_store_explicit(&asked_at, now, memory_order_relaxed);
    atomic_store_explicit(&cached, c, memory_order_relaxed);
    return c;
}

/* ---- the kept threads -------------------------------------------------------------------- */

/* Sets of kept threads, one batch each at a time: an App's fingerprint (its thread) and its early
 * copy (spec_stage.c's thread) run batches at the same time, and with one set the second started
 * threads of its own for every batch (some fifty thread starts in a synth of a hundred small
 * directories). */
#define NSETS 4

typedef struct {
    pthread_cond_t work, done;
    int busy;  /* a batch has the set */
    long nthreads;
    pool_t *batch;
    long batch_nt;
    long slots;  /* places of the batch not yet taken (helper k takes self = batch_nt - slots) */
    long active; /* threads working on the batch */
} wset;

static struct {
    pthread_mutex_t mu; /* every set's */
    int ready;          /* mu and the conditions made (pthread_once) */
    wset s[NSETS];
} W;

static pthread_once_t w_once = PTHREAD_ONCE_INIT;

static void w_init_locks(void)
{
    pthread_condattr_t ca;
    pthread_mutex_init(&W.mu, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    for (int k = 0; k < NSETS; k++) {
        pthread_cond_init(&W.s[k].work, &ca);
        pthread_cond_init(&W.s[k].done, &ca);
    }
    pthread_condattr_destroy(&ca);
}

static void w_prepare(void)
{
    pthread_mutex_lock(&W.mu);
}

static void w_parent(void)
{
    pthread_mutex_unlock(&W.mu);
}

/* the child has none of the threads (and the lock is the forking thread's): all anew */
static void w_child(void)
{
    w_init_locks();
    for (int k = 0; k < NSETS; k++) {
        wset *ws = &W.s[k];
        ws->busy = 0;
        ws->nthreads = 0;
        ws->batch = NULL;
        ws->batch_nt = ws->slots = ws->active = 0;
    }
}

static void w_init(void)
{
    w_init_locks();
    W.ready = pthread_atfork(w_prepare, w_parent, w_child) == 0;
}

static void *w_main(void *arg)
{
    wset *ws = arg;
    pthread_mutex_lock(&W.mu);
    for (;;) {
        if (ws->slots > 0) {
            pool_t *p = ws->batch;
            long nt = ws->batch_nt, self = nt - ws->slots;
            ws->slots--;
            ws->active++;
            pthread_mutex_unlock(&W.mu);
            pool_work(p, self, nt);
            pthread_mutex_lock(&W.mu);
            if (--ws->active == 0) pthread_cond_signal(&ws->done);
            continue;
        }
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_sec += IDLE_MS / 1000;
        ts.tv_nsec += (long)(IDLE_MS % 1000) * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        int rc = 0;
        while (ws->slots == 0 && rc != ETIMEDOUT) rc = pthread_cond_timedwait(&ws->work, &W.mu, &ts);
        if (ws->slots == 0) break; /* idle for IDLE_MS */
    }
    ws->nthreads--;
    pthread_mutex_unlock(&W.mu);
    return NULL;
}

/* with W.mu held: up to want kept threads in ws (fewer when a start fails) */
static void w_start(wset *ws, long want)
{
    if (ws->nthreads >= want) return;
    pthread_attr_t at;
    if (pthread_attr_init(&at) != 0) return;
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    while (ws->nthreads < want) {
        pthread_t th;
        if (pthread_create(&th, &at, w_main, ws) != 0) break;
        ws->nthreads++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&at);
}

/* the batch on a free set of kept threads (the one with the most threads already); 0 when every
 * set is taken (the caller starts threads of its own) */
static int run_kept(pool_t *p, long nt)
{
    pthread_once(&w_once, w_init);
    if (!W.ready) return 0;
    pthread_mutex_lock(&W.mu);
    wset *ws = NULL;
    for (int k = 0; k < NSETS; k++)
        if (!W.s[k].busy && (!ws || W.s[k].nthreads > ws->nthreads)) ws = &W.s[k];
    if (!ws) {
        pthread_mutex_unlock(&W.mu);
        return 0;
    }
    ws->busy = 1;
    w_start(ws, nt - 1);
    ws->batch = p;
    ws->batch_nt = nt;
    ws->slots = nt - 1;
    pthread_cond_broadcast(&ws->work);
    pthread_mutex_unlock(&W.mu);

    pool_work(p, 0, nt);

    pthread_mutex_lock(&W.mu);
    /* the places no thread took are dropped: this thread has done their jobs */
    ws->slots = 0;
    while (ws->active > 0) pthread_cond_wait(&ws->done, &W.mu);
    ws->batch = NULL;
    ws->busy = 0;
    pthread_mutex_unlock(&W.mu);
    return 1;
}

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* the jobs on the calling thread while they take less than p->alone_s: 1 when all are done */
static int run_alone(pool_t *p)
{
    void *t = p->tctx_new ? p->tctx_new(p->ud) : NULL;
    double t0 = mono_now();
    int done = 0;
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->njobs) {
            done = 1;
            break;
        }
        p->run(p->ud, i, t);
        if (i + 1 < p->njobs && mono_now() - t0 > p->alone_s) break;
    }
    if (p->tctx_free) p->tctx_free(t);
    return done;
}

void pool_run(pool_t *p)
{
    atomic_init(&p->next, 0);
    if (p->njobs == 0) return;
    long nt = p->serial ? 1 : ncpus();
    if (nt > 1 && !p->by_range && p->alone_s > 0 && run_alone(p)) return;
    if ((size_t)nt > p->njobs) nt = (long)p->njobs;
    if (nt > 64) nt = 64;
    /* the threads that could not start leave their shares to the others */
    for (long i = 0; i < nt; i++) {
        atomic_init(&p->ranges[i].next, p->njobs * (size_t)i / (size_t)nt);
        p->ranges[i].end = p->njobs * (size_t)(i + 1) / (size_t)nt;
    }
    if (nt == 1) {
        pool_work(p, 0, 1);
        return;
    }
    if (run_kept(p, nt)) return;
    pthread_t th[64];
    pool_arg args[64];
    long started = 0;
    for (long i = 1; i < nt; i++) {
        args[started + 1] = (pool_arg){p, started + 1, nt};
        if (pthread_create(&th[started], NULL, pool_thread, &args[started + 1]) != 0) break;
        started++;
    }
    pool_work(p, 0, nt);
    for (long i = 0; i < started; i++) pthread_join(th[i], NULL);
}
