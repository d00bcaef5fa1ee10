/* spec_stage.c - early staging: a directory asset copied while it is fingerprinted.
 *
 * aws-cdk-lib stages an asset in its constructor: AssetStaging fingerprints the source, then
 * copies it to <outdir>/asset.<hash>, one after the other. ccdk stages at synth (into the staging
 * directory it swaps in), so a cold synth of a large directory asset used to read it twice in a
 * row: the fingerprint while the construct was made, the copy after the templates. Here the copy
 * starts when the fingerprint does, on a thread of the App, into the staging directory the synth
 * will use (made early, under a temporary name: <staging>/.ccdk-spec-<n>); the synth renames each
 * finished copy to the asset's staged name, and the stager finds it there.
 *
 * Only when it cannot be wasted work: no output directory yet, or one without staged assets (a
 * re-synth links the last synth's copies instead, synth.c), assets that are staged at all
 * (aws:cdk:disable-asset-staging), and before the first synth. A copy that fails is dropped and
 * the stager copies the asset again at synth, so its error is the one the synth always gave. A
 * copy whose asset is not in the assembly in the end is removed before the swap. CCDK_NO_SPEC=1
 * turns it off (benchmarks compare both ways), as CCDK_NO_THREADS=1 does. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fingerprint.h"
#include "synth.h"

typedef struct spec_job {
    char *src;
    ccdk__fingerprint_opts opts;
    char dest[4300];   /* <staging>/.ccdk-spec-<n> */
    char *staged_name; /* "asset.<hash><ext>" once fingerprinted (malloc'd); NULL: not known (yet) */
    int named;         /* the fingerprint is over (staged_name set, or NULL when it failed) */
    int done, rc;      /* the copy is over, and its result */
    int placed;        /* renamed to its staged name in the synth's staging directory */
    struct spec_job *next;
} spec_job;

struct ccdk__spec {
    ccdk__txn txn;
    char *hidden; /* the staging directory's canonical path, hidden from walks while the App is made */
    int off;     /* no (more) early staging in this App */
    int adopted; /* the synth took the staging directory over (its txn owns it now) */
    pthread_t th;
    int th_on;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    size_t unflushed; /* bytes copied since the last flush (the thread's) */
    int flush_fd;     /* a descriptor on the output's file system, for syncfs (under mu) */
    int cancel;       /* the App is freed: the copy under way stops (atomic) */
    spec_job *head, *tail; /* every job, in order; the thread copies them in that order */
    spec_job *next;        /* the first job not copied yet */
    int stop;
    unsigned n;
};

static int env_off(void)
{
    const char *e = getenv("CCDK_NO_SPEC");
    return e && *e && strcmp(e, "0");
}

/* the output directory holds staged assets of a synth before (the synth will link those) */
static int has_old_assets(const char *target)
{
    DIR *d = opendir(target);
    if (!d)
        return 0;
    int found = 0;
    struct dirent *e;
    while (!found && (e = readdir(d)))
        found = !strncmp(e->d_name, "asset.", 6);
    closedir(d);
    return found;
}

/* flushed once 1 MiB has gathered and nothing waits to be copied: a flush per small asset would
 * hold the next copy up (the flush before the swap takes whatever is left) */
#define SPEC_FLUSH_MIN (1u << 20)

static void spec_copied(void *ud, size_t bytes)
{
    struct ccdk__spec *sp = ud;
    __atomic_add_fetch(&sp->unflushed, bytes, __ATOMIC_RELAXED); /* a large copy's threads too */
}

static void *spec_main(void *arg)
{
    struct ccdk__spec *sp = arg;
    pthread_mutex_lock(&sp->mu);
    for (;;) {
        while (!sp->next && !sp->stop)
            pthread_cond_wait(&sp->cv, &sp->mu);
        if (!sp->next)
            break;
        spec_job *j = sp->next;
        sp->next = j->next;
        pthread_mutex_unlock(&sp->mu);
        char *err = NULL;
        ccdk__stage_progress pr = {spec_copied, sp, &sp->cancel};
        int rc = ccdk__stage_copy_early(j->src, j->dest, &j->opts, &pr, &err);
        free(err);
        pthread_mutex_lock(&sp->mu);
        j->rc = rc;
        j->done = 1;
        /* the copies are flushed while the App is still being made, once nothing waits */
        if (!sp->next && __atomic_load_n(&sp->unflushed, __ATOMIC_RELAXED) >= SPEC_FLUSH_MIN && ccdk__durable()) {
            int fd = sp->flush_fd; /* (the synth's once adopted: its txn keeps it open until the join) */
            pthread_mutex_unlock(&sp->mu);
            syncfs(fd);
            __atomic_store_n(&sp->unflushed, 0, __ATOMIC_RELAXED);
            pthread_mutex_lock(&sp->mu);
        }
    }
    pthread_mutex_unlock(&sp->mu);
    return NULL;
}

static void unhide(struct ccdk__spec *sp)
{
    if (!sp->hidden)
        return;
    ccdk__walk_unhide(sp->hidden);
    free(sp->hidden);
    sp->hidden = NULL;
}

/* the App's early staging directory, made at the first asset that wants it; NULL: none */
static struct ccdk__spec *spec_get(ccdk_app *app)
{
    struct ccdk__spec *sp = app->spec;
    if (sp)
        return sp->off ? NULL : sp;
    sp = calloc(1, sizeof *sp);
    if (!sp)
        abort();
    app->spec = sp;
    app->spec_free = ccdk__spec_free;
    sp->off = 1;
    sp->txn.lock_fd = sp->txn.old_fd = -1;
    if (env_off() || getenv("CCDK_NO_THREADS") || app->synthesized) /* it copies on a thread */
        return NULL;
    /* txn_begin reports a bad output directory: the synth will, not the construct being made */
    size_t nerrors = app->nerrors;
    int ok = ccdk__txn_begin(app, &sp->txn, app->outdir) == 0 && app->nerrors == nerrors;
    for (size_t i = nerrors; i < app->nerrors; i++)
        free(app->errors[i]);
    app->nerrors = nerrors;
    if (!ok || (sp->txn.exists && has_old_assets(sp->txn.target)) || ccdk__txn_mktmp(&sp->txn, 0) != 0 ||
        !(sp->hidden = realpath(sp->txn.tmp, NULL))) {
        ccdk__txn_abort(&sp->txn);
        return NULL;
    }
    /* an asset directory that holds the output directory's must not see it (nor copy it into
     * itself): it did not exist before the synth, and does not for aws-cdk-lib */
    ccdk__walk_hide(sp->hidden);
    sp->flush_fd = sp->txn.lock_fd;
    pthread_mutex_init(&sp->mu, NULL);
    pthread_cond_init(&sp->cv, NULL);
    sp->th_on = pthread_create(&sp->th, NULL, spec_main, sp) == 0;
    if (!sp->th_on) {
        pthread_mutex_destroy(&sp->mu);
        pthread_cond_destroy(&sp->cv);
        unhide(sp);
        ccdk__txn_abort(&sp->txn);
        return NULL;
    }
    sp->off = 0;
    return sp;
}

void *ccdk__spec_copy_start(ccdk__node *scope, const char *path, const ccdk__fingerprint_opts *opts)
{
    ccdk_app *app = scope->app;
    if (app->spec && app->spec->off)
        return NULL;
    ccdk_value *ns = scope->stack ? ccdk__node_context(&scope->stack->node, "aws:cdk:disable-asset-staging") : NULL;
    if (ns && ccdk__truthy(ns))
        return NULL;
    struct ccdk__spec *sp = spec_get(app);
    if (!sp)
        return NULL;
    spec_job *j = calloc(1, sizeof *j);
    if (!j || !(j->src = strdup(path)))
        abort();
    j->opts = *opts;
    snprintf(j->dest, sizeof j->dest, "%s/.ccdk-spec-%u", sp->txn.tmp, sp->n++);
    pthread_mutex_lock(&sp->mu);
    if (sp->tail)
        sp->tail->next = j;
    else
        sp->head = j;
    sp->tail = j;
    if (!sp->next)
        sp->next = j;
    pthread_cond_signal(&sp->cv);
    pthread_mutex_unlock(&sp->mu);
    return j;
}

void ccdk__spec_copy_named(ccdk_app *app, void *job, const char *hash)
{
    struct ccdk__spec *sp = app->spec;
    spec_job *j = job;
    if (!sp || !j)
        return;
    char *name = NULL;
    if (hash) {
        size_t extn;
        const char *ext = ccdk__asset_ext(j->src, &extn);
        if (asprintf(&name, "asset.%s%.*s", hash, (int)extn, ext) < 0)
            abort();
    }
    pthread_mutex_lock(&sp->mu);
    j->staged_name = name;
    j->named = 1;
    pthread_mutex_unlock(&sp->mu);
}

static void spec_join(struct ccdk__spec *sp)
{
    if (!sp->th_on)
        return;
    pthread_mutex_lock(&sp->mu);
    sp->stop = 1;
    pthread_cond_signal(&sp->cv);
    pthread_mutex_unlock(&sp->mu);
    pthread_join(sp->th, NULL);
    pthread_mutex_destroy(&sp->mu);
    pthread_cond_destroy(&sp->cv);
    sp->th_on = 0;
}

/* The synth takes the staging directory over; the thread keeps copying what is queued (the
 * stager waits for it: ccdk__spec_wait), so that the synth prepares and renders meanwhile instead
 * of waiting here (a hundred small directories: ~40 ms of copying after the App was made). */
int ccdk__spec_adopt(ccdk_app *app, ccdk__txn *t)
{
    struct ccdk__spec *sp = app->spec;
    if (!sp || sp->off)
        return 0;
    sp->off = 1; /* no more jobs */
    /* the same output directory as the synth's, and nothing made there since (a second App, a
     * program that wrote an assembly meanwhile): else the copies go and the stager makes them */
    if (strcmp(sp->txn.target, t->target) || t->tmp[0] || (t->exists && has_old_assets(t->target)) ||
        access(sp->txn.tmp, F_OK) != 0) {
        __atomic_store_n(&sp->cancel, 1, __ATOMIC_RELAXED);
        spec_join(sp);
        unhide(sp);
        ccdk__txn_abort(&sp->txn);
        return 0;
    }
    snprintf(t->tmp, sizeof t->tmp, "%s", sp->txn.tmp);
    pthread_mutex_lock(&sp->mu);
    t->lock_fd = sp->txn.lock_fd; /* (flush_fd stays: the same descriptor, t's now) */
    sp->txn.lock_fd = -1;
    pthread_mutex_unlock(&sp->mu);
    sp->txn.tmp[0] = 0;
    ccdk__txn_abort(&sp->txn); /* releases its hold on the old assembly (t has its own) */
    sp->adopted = 1;
    return 1;
}

void ccdk__spec_wait(ccdk_app *app, int cancel)
{
    struct ccdk__spec *sp = app->spec;
    if (!sp)
        return;
    if (cancel)
        __atomic_store_n(&sp->cancel, 1, __ATOMIC_RELAXED);
    spec_join(sp);
    unhide(sp);
}

static size_t placed_count; /* in this process, for the tests */

size_t ccdk__spec_placed_count(void)
{
    return __atomic_load_n(&placed_count, __ATOMIC_RELAXED);
}

int ccdk__spec_place(ccdk_app *app, const char *dir, const char *staged_name)
{
    struct ccdk__spec *sp = app->spec;
    if (!sp || !sp->adopted)
        return 0;
    for (spec_job *j = sp->head; j; j = j->next) {
        if (!j->done || j->rc != 0 || j->placed || !j->staged_name || strcmp(j->staged_name, staged_name))
            continue;
        char dest[4400];
        snprintf(dest, sizeof dest, "%s/%s", dir, staged_name);
        if (rename(j->dest, dest) != 0)
            return 0;
        j->placed = 1;
        __atomic_add_fetch(&placed_count, 1, __ATOMIC_RELAXED);
        return 1;
    }
    return 0;
}

static void jobs_free(struct ccdk__spec *sp, int remove)
{
    for (spec_job *j = sp->head, *next; j; j = next) {
        next = j->next;
        if (remove && !j->placed) /* a failed or unused copy */
            ccdk__rm_rf(j->dest);
        free(j->src);
        free(j->staged_name);
        free(j);
    }
    sp->head = sp->tail = sp->next = NULL;
}

void ccdk__spec_finish(ccdk_app *app)
{
    struct ccdk__spec *sp = app->spec;
    if (sp && sp->adopted)
        jobs_free(sp, 1);
}

void ccdk__spec_free(ccdk_app *app)
{
    struct ccdk__spec *sp = app->spec;
    if (!sp)
        return;
    /* (adopted, the thread is over: what it copied is the synth's) */
    __atomic_store_n(&sp->cancel, 1, __ATOMIC_RELAXED);
    spec_join(sp);
    unhide(sp);
    if (!sp->adopted)
        ccdk__txn_abort(&sp->txn); /* never synthesized: the staging directory goes, copies and all */
    jobs_free(sp, 0);
    free(sp);
    app->spec = NULL;
}
