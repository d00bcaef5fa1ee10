/* deferred.c - NodejsFunctions bundled concurrently. aws-cdk-lib bundles each function in its
 * constructor, one after another; ccdk starts the function's esbuild in the background when the
 * function is constructed (at most one per core: a new one waits for the oldest) and takes the
 * result at synth, from an aspect on the function (or earlier, when something resolves the code
 * first). The function's Code is then what Code.fromAsset(projectRoot, {OUTPUT hash, bundling})
 * gives (the same S3Bucket/S3Key, asset manifest entry, staged folder and aws:asset:* metadata),
 * with S3Key and aws:asset:path lazy until the bundle's hash is known, and the asset's place in
 * the stack's asset list taken at construction, so the manifest lists the assets in aws-cdk-lib's
 * order. The steps after esbuild are AssetStaging's for an OUTPUT hash (as src/lambda/bundling.c
 * does them): the bundling folder renamed, fingerprinted, moved to asset.<hash>. Functions with
 * command hooks, nodeModules, Docker bundling, a custom hash, a metafile or aws:cdk:bundling-stacks
 * are bundled in their constructor (nodejs.c). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fingerprint.h"
#include "nodejs_internal.h"

/* ------------------------------------------------------------------ the background esbuild runs */

typedef struct nj_job {
    pid_t pid;
    int done;
    int status;
    int waiters;         /* threads in waitpid for it */
    struct nj_job *next; /* running, oldest first */
    struct nj_job *all;  /* every job of the process: another thread may still look at an ended one */
} nj_job;

static pthread_mutex_t jobs_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t jobs_cv = PTHREAD_COND_INITIALIZER;
static nj_job *running_head;
static nj_job *all_jobs;
static int nrunning;
static int reaper_set;

static int max_jobs(void)
{
    const char *e = getenv("CCDK_NODEJS_JOBS");
    long n = e && *e ? strtol(e, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* waits for job (locked by the caller, who may not hold it while waiting: jobs_mu is dropped) */
static void wait_job_locked(nj_job *j)
{
    if (j->done)
        return;
    pid_t pid = j->pid;
    j->waiters++;
    pthread_mutex_unlock(&jobs_mu);
    int st = 0;
    pid_t r;
    while ((r = waitpid(pid, &st, 0)) < 0 && errno == EINTR)
        ;
    pthread_mutex_lock(&jobs_mu);
    j->waiters--;
    if (r < 0 && !j->done && j->waiters > 0) { /* another thread reaps it: its status */
        while (!j->done)
            pthread_cond_wait(&jobs_cv, &jobs_mu);
        return;
    }
    if (r < 0)
        st = 0; /* reaped by nobody here (SIGCHLD ignored): the output tells */
    if (j->done)
        return;
    j->done = 1;
    j->status = st;
    pthread_cond_broadcast(&jobs_cv);
    for (nj_job **pp = &running_head; *pp; pp = &(*pp)->next)
        if (*pp == j) {
            *pp = j->next;
            nrunning--;
            break;
        }
}

static void reap_all(void)
{
    pthread_mutex_lock(&jobs_mu);
    while (running_head)
        wait_job_locked(running_head);
    while (all_jobs) {
        nj_job *j = all_jobs;
        all_jobs = j->all;
        free(j);
    }
    pthread_mutex_unlock(&jobs_mu);
}

/* starts argv in cwd; NULL (errno set) when it cannot start */
static nj_job *start_job(char *const *argv, const char *cwd, char **env)
{
    pthread_mutex_lock(&jobs_mu);
    if (!reaper_set) {
        atexit(reap_all); /* no zombie esbuild left when an app is never synthesized */
        reaper_set = 1;
    }
    int max = max_jobs();
    while (nrunning >= max && running_head)
        wait_job_locked(running_head); /* the oldest first */
    pid_t pid;
    int rc = nj_spawn(&pid, argv, cwd, env);
    if (rc != 0) {
        pthread_mutex_unlock(&jobs_mu);
        errno = rc;
        return NULL;
    }
    nj_job *j = calloc(1, sizeof *j); /* freed at exit (a few bytes a function) */
    if (!j)
        abort();
    j->pid = pid;
    j->all = all_jobs;
    all_jobs = j;
    nj_job **pp = &running_head;
    while (*pp)
        pp = &(*pp)->next;
    *pp = j;
    nrunning++;
    pthread_mutex_unlock(&jobs_mu);
    return j;
}

/* ------------------------------------------------------------------ one deferred function */

struct nj_deferred {
    nj_bundle *b;
    ccdk_stack *stack;
    ccdk_cfn_resource *res;
    const char *tmp;          /* <outdir>/bundling-temp-<unique>-building */
    const char *placeholder;  /* the asset's hash until the bundle's is known */
    const char *display;      /* the asset's display name */
    ccdk__fingerprint_opts opts;
    nj_cache c;
    int cached;               /* nj_cache_begin's answer */
    nj_job *job;
    int spawn_errno;
    char **display_argv;      /* aws-cdk-lib's command line, for its message */
    struct timespec t0;
    int finalized;
    ccdk_value *key;          /* S3Key */
    ccdk_value *staged;       /* aws:asset:path */
};

static int dir_empty(const char *p)
{
    int empty = 1;
    DIR *d = opendir(p);
    if (!d)
        return 1;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            empty = 0;
    closedir(d);
    return empty;
}

/* the placeholder's record in the stack's asset list becomes the bundle's (or goes, when the same
 * bundle is there already: a shared entry) */
static void patch_asset(nj_deferred *d, const char *hash, const char *staged)
{
    ccdk_stack *s = d->stack;
    ccdk__file_asset *ph = NULL, *prev = NULL, *prev_of_ph = NULL, *same = NULL;
    for (ccdk__file_asset *a = s->assets; a; prev = a, a = a->next) {
        if (!strcmp(a->hash, d->placeholder)) {
            ph = a;
            prev_of_ph = prev;
        } else if (!strcmp(a->hash, hash)) {
            same = a;
        }
    }
    if (!ph)
        return;
    if (same) {
        if (prev_of_ph)
            prev_of_ph->next = ph->next;
        else
            s->assets = ph->next;
        if (s->assets_tail == ph)
            s->assets_tail = prev_of_ph;
        s->nassets--;
        return;
    }
    ccdk_app *app = d->b->app;
    ph->hash = ccdk__strdup(app, hash);
    ph->source_path = ccdk__strdup(app, staged);
    ph->staged_name = strrchr(ph->source_path, '/') + 1;
}

static void finalize(nj_deferred *d)
{
    if (d->finalized)
        return;
    d->finalized = 1;
    nj_bundle *b = d->b;
    ccdk_app *app = b->app;
    int st = 0;
    if (d->job) {
        pthread_mutex_lock(&jobs_mu);
        wait_job_locked(d->job);
        st = d->job->status;
        pthread_mutex_unlock(&jobs_mu);
    }
    if (ccdk__failed(app)) { /* the synth fails anyway: nothing more is written */
        nj_cache_abort(&d->c);
        ccdk__rm_rf(d->tmp);
        return;
    }
    if (d->cached <= 0) {
        const char *err = NULL;
        if (d->spawn_errno) {
            err = ccdk__sprintf(app, "Error: spawnSync %s %s", d->display_argv[0], d->spawn_errno == ENOENT ? "ENOENT" : strerror(d->spawn_errno));
        } else if (!(WIFEXITED(st) && WEXITSTATUS(st) == 0)) {
            ccdk__buf m = {0};
            ccdk__buf_printf(&m, "CommandExitedWithNonZeroStatus: %s ", d->display_argv[0]);
            for (size_t i = 1; d->display_argv[i]; i++)
                ccdk__buf_printf(&m, i > 1 ? " %s" : "%s", d->display_argv[i]);
            if (WIFEXITED(st))
                ccdk__buf_printf(&m, " run in directory %s exited with status %d", b->project_root, WEXITSTATUS(st));
            else
                ccdk__buf_printf(&m, " run in directory %s exited with status null", b->project_root);
            err = ccdk__strdup(app, m.data);
            ccdk__buf_free(&m);
        }
        if (err) {
            nj_cache_abort(&d->c);
            ccdk__error(b->scope, "Failed to bundle asset %s, bundle output is located at %s: %s", b->stage_path, d->tmp, err);
            return;
        }
        if (d->cached == 0)
            nj_cache_store(b, d->tmp, &d->c);
        struct timespec t1;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        fprintf(stderr, "Bundled %s in %.0f ms\n", b->stage_path,
                (double)(t1.tv_sec - d->t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - d->t0.tv_nsec) / 1e6);
    }
    /* AssetStaging.bundle: the folder without "-building", then the OUTPUT hash of it */
    size_t tl = strlen(d->tmp);
    const char *bundle_dir = ccdk__strndup(app, d->tmp, tl - strlen("-building"));
    ccdk__rm_rf(bundle_dir);
    if (rename(d->tmp, bundle_dir) != 0) {
        ccdk__error(b->scope, "Failed to bundle asset %s, bundle output is located at %s: Error: %s", b->stage_path, d->tmp,
                    strerror(errno));
        return;
    }
    if (dir_empty(bundle_dir)) {
        ccdk__error(b->scope, "Bundling did not produce any output. Check that content is written to %s.", bundle_dir);
        return;
    }
    char h[65];
    char *ferr = NULL;
    if (ccdk__fingerprint(bundle_dir, &d->opts, h, &ferr) != 0) {
        ccdk__error(b->scope, "%s", ferr ? ferr : "fingerprint failed");
        free(ferr);
        return;
    }
    const char *outdir = nj_dirname(app, bundle_dir);
    const char *staged = ccdk__sprintf(app, "%s/asset.%s", outdir, h);
    struct stat sst;
    if (stat(staged, &sst) == 0) {
        ccdk__rm_rf(bundle_dir);
    } else if (rename(bundle_dir, staged) != 0) {
        ccdk__error(b->scope, "Cannot move %s to %s: %s", bundle_dir, staged, strerror(errno));
        return;
    }
    patch_asset(d, h, staged);
    ccdk__asset_location loc = ccdk__stack_add_file_asset(d->stack, h, staged, 1, d->display, &d->opts);
    d->key = loc.object_key;
    d->staged = ccdk__v_str(app, loc.staged_name);
}

static ccdk_value *lazy_key(void *ctx)
{
    nj_deferred *d = ctx;
    finalize(d);
    return d->key ? d->key : ccdk__v_str(d->b->app, "");
}

static ccdk_value *lazy_staged(void *ctx)
{
    nj_deferred *d = ctx;
    finalize(d);
    return d->staged ? d->staged : ccdk__v_str(d->b->app, "");
}

/* the aspect, on the function: the bundle is taken before anything is rendered */
static void aspect(void *construct, void *ctx)
{
    finalize(ctx);
}

/* Bundling in the background suits a function whose bundling is esbuild alone, here. */
int nj_deferred_eligible(nj_bundle *b, ccdk__node *scope)
{
    const ccdk_lambda_nodejs_bundling_options *o = &b->o;
    const char *serial = getenv("CCDK_NODEJS_SERIAL");
    if (serial && *serial && strcmp(serial, "0"))
        return 0;
    if (!b->esbuild_installed || ccdk__tri_true(o->force_docker_bundling) || o->command_hooks || CCDK__GIVEN(o->node_modules) ||
        o->asset_hash || ccdk__tri_true(o->pre_compilation) || !scope->stack || scope->app->orphan_stack)
        return 0;
    if (ccdk__tri_true(o->metafile))
        return 0; /* the metafile names the bundling folder: aws-cdk-lib's, which the constructor's path uses */
    if (strncmp(b->esbuild_version, "0.", 2))
        return 0; /* the constructor's bundling reports it */
    if (ccdk__node_context(scope, "aws:cdk:bundling-stacks"))
        return 0; /* bundling may be skipped: lambda's staging decides */
    if (scope->stack->syn_legacy)
        return 0; /* the LegacyStackSynthesizer names its asset parameters after the hash, known only then */
    return 1;
}

static unsigned long seq;

nj_deferred *nj_deferred_start(nj_bundle *b, ccdk__node *scope, const char *id)
{
    ccdk_app *app = b->app;
    nj_deferred *d = ccdk__alloc(app, sizeof *d);
    d->b = b;
    d->stack = scope->stack;
    clock_gettime(CLOCK_MONOTONIC, &d->t0);
    /* Code.fromAsset's fingerprint options: AssetStaging's exclude, symlinks followed when external */
    const char **ex = ccdk__alloc(app, 2 * sizeof *ex);
    ex[0] = ".is_custom_resource";
    d->opts.exclude = ex;
    d->opts.follow = CCDK_SYMLINK_EXTERNAL;
    d->opts.ignore_mode = CCDK_IGNORE_GLOB;
    d->opts.extra_hash = ccdk__asset_extra_hash(scope, NULL);
    /* a bundling folder of its own, at the depth of aws-cdk-lib's (source maps point from it) */
    const char *outdir = nj_resolve(app, app->outdir);
    ccdk__mkdir_p(outdir);
    char uniq[65];
    const char *u = ccdk__sprintf(app, "%s %ld %lu %s", b->stage_path, (long)getpid(), __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED), outdir);
    ccdk__sha256_hex(u, strlen(u), uniq);
    d->tmp = ccdk__sprintf(app, "%s/bundling-temp-%s-building", outdir, uniq);
    /* the asset's place in the stack's list, now, as aws-cdk-lib adds it in the constructor */
    const char *spath = d->stack->node.path;
    const char *fpath = ccdk__sprintf(app, "%s%s%s", scope->path, *scope->path ? "/" : "", id);
    size_t sl = strlen(spath);
    d->display = ccdk__sprintf(app, "%s/Code", !strncmp(fpath, spath, sl) && fpath[sl] == '/' ? fpath + sl + 1 : fpath);
    d->placeholder = ccdk__sprintf(app, "ccdk-nodejs-pending-%s", uniq);
    ccdk__asset_location loc = ccdk__stack_add_file_asset(d->stack, d->placeholder, d->tmp, 1, d->display, &d->opts);
    (void)loc;
    if (ccdk__failed(app)) { /* after an error nothing runs */
        d->finalized = 1;
        return d;
    }
    ccdk__rm_rf(d->tmp);
    ccdk__mkdir_p(d->tmp);
    chmod(d->tmp, 0777);
    fprintf(stderr, "Bundling asset %s...\n", b->stage_path);
    d->cached = nj_cache_begin(b, d->tmp, &d->c);
    if (d->cached > 0)
        return d; /* the bundle of an earlier synth */
    nj_step *steps;
    size_t n;
    nj_steps(app, b, b->project_root, d->tmp, 1, &steps, &n);
    /* one step: esbuild (the eligible functions have no hooks nor nodeModules) */
    nj_step *e = &steps[0];
    char **argv = ccdk__alloc(app, (e->argv.n + 2) * sizeof *argv);
    for (size_t i = 0; i < e->argv.n; i++)
        argv[i] = (char *)e->argv.items[i];
    argv[e->argv.n] = d->cached == 0 ? (char *)d->c.meta_arg : NULL;
    d->display_argv = ccdk__alloc(app, (e->display.n + 1) * sizeof *d->display_argv);
    for (size_t i = 0; i < e->display.n; i++)
        d->display_argv[i] = (char *)e->display.items[i];
    d->job = start_job(argv, b->project_root, nj_env(app, &b->o.environment));
    if (!d->job)
        d->spawn_errno = errno ? errno : ENOENT;
    return d;
}

/* The s3_assets.Asset that AssetCode.bind makes under the function ("Code", its Stage and the
 * imported AssetBucket), where Function's constructor makes it: code.bind(this) comes right after
 * the execution role (a child when the function makes it), before any other child. */
static void asset_nodes(ccdk_app *app, ccdk_lambda_function *fn)
{
    static const ccdk__kind kind_asset = {.fqn = "aws-cdk-lib.aws_s3_assets.Asset"};
    static const ccdk__kind kind_stage = {.fqn = "aws-cdk-lib.AssetStaging"};
    static const ccdk__kind kind_asset_bucket = {.fqn = "aws-cdk-lib.aws_s3.BucketBase", .class_name = "Import"};
    ccdk__node *fnode = ccdk__node_of(fn);
    ccdk__node *asset = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(asset, &kind_asset, fnode, "Code");
    ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_stage, asset, "Stage");
    ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_asset_bucket, asset, "AssetBucket");
    ccdk__node *role = ccdk__node_of(ccdk_lambda_function_role(fn));
    ccdk__node_move_after(asset, role && role->parent == fnode ? role : NULL);
}

/* the function's Code, metadata and aspect, once it exists */
void nj_deferred_attach(nj_deferred *d, ccdk_lambda_function *fn)
{
    ccdk_app *app = d->b->app;
    ccdk_cfn_resource *res = ccdk_lambda_function_resource(fn);
    d->res = res;
    if (res) {
        asset_nodes(app, fn);
        ccdk__asset_location loc = ccdk__stack_add_file_asset(d->stack, d->placeholder, d->tmp, 1, d->display, &d->opts);
        ccdk_value *code = ccdk__v_obj(app);
        ccdk__v_set(code, "S3Bucket", loc.bucket_name);
        ccdk__v_set(code, "S3Key", ccdk__v_lazy(app, lazy_key, d));
        ccdk__res_set(res, "Code", code);
        ccdk_value *am = ccdk__node_context(&res->el.node, "aws:cdk:enable-asset-metadata");
        if (am && ccdk__truthy(am)) { /* bindToResource */
            ccdk_cfn_resource_add_metadata(res, "aws:asset:path", ccdk__v_lazy(app, lazy_staged, d));
            ccdk_cfn_resource_add_metadata(res, "aws:asset:is-bundled", ccdk__v_bool(app, 1));
            ccdk_cfn_resource_add_metadata(res, "aws:asset:property", ccdk__v_str(app, "Code"));
        }
    }
    ccdk_aspects_add(fn, aspect, d);
}
