/* nodejs_internal.h - what the files of lambda_nodejs share: the bundle of one NodejsFunction
 * (nodejs.c) and its cache (cache.c). */
#ifndef CCDK_LAMBDA_NODEJS_INTERNAL_H
#define CCDK_LAMBDA_NODEJS_INTERNAL_H

#include <sys/types.h>

#include "ccdk/lambda_nodejs.h"
#include "internal.h"

/* a growable list of strings in the App's arena */
typedef struct {
    const char **items;
    size_t n, cap;
} nj_strv;
void nj_push(ccdk_app *app, nj_strv *v, const char *s);

enum { NJ_NPM = 0, NJ_YARN, NJ_PNPM, NJ_BUN, NJ_BUN_LOCK }; /* PackageManager, by lock file */
enum { NJ_SHELL, NJ_SPAWN, NJ_FILEOPS, NJ_CLEANUP };         /* a bundling step */

typedef struct {
    int type;
    const char *cmd;     /* NJ_SHELL: run with bash -c */
    nj_strv argv;        /* NJ_SPAWN: what runs */
    nj_strv display;     /* NJ_SPAWN: what aws-cdk-lib runs (its messages show it) */
    const char *cwd;     /* NULL: the project root */
    int esbuild;         /* the esbuild step */
} nj_step;

typedef struct {
    ccdk_app *app;
    ccdk__node *scope;            /* errors and warnings go here, as aws-cdk-lib's go to scope */
    const char *stage_path;       /* <function>/Code/Stage */
    const char *entry;            /* resolved */
    const char *lock_file;        /* resolved */
    const char *project_root;     /* resolved */
    const char *rel_entry, *rel_lock, *rel_tsconfig;
    const char *target;           /* toTarget(runtime) */
    const char *package_json;     /* nodeModules: the package.json the versions came from */
    const char *deps_json;        /* nodeModules: {"dependencies":{...}} */
    const ccdk_lambda_runtime *runtime;
    ccdk_lambda_nodejs_bundling_options o;
    const char **externals;
    size_t nexternals;
    int pm;
    int esbuild_installed;        /* Bundling.esbuildInstallation: 0 none (Docker bundling) */
    const char *esbuild_version;
    int esbuild_workspace;        /* require()d: aws-cdk-lib runs it through the package manager */
    const ccdk_lambda_architecture *architecture; /* the function's: the built image's platform */
    ccdk_docker_image image;      /* the bundling image (Docker bundling) */
    nj_strv tsc_args;             /* preCompilation: getTsconfigCompilerOptionsArray of the tsconfig */
    int tsc_installed;            /* preCompilation: tscInstallation; 0 none (no tsc step locally) */
    const char *tsc_version;
    int tsc_workspace;            /* require()d: run through the package manager */
} nj_bundle;

/* nodejs.c */
/* posix_spawnp of argv in cwd with env: stdin /dev/null, stdout onto stderr (util.exec's stdio);
 * 0 and *pid, or the spawn's error number (nodejs.c) */
int nj_spawn(pid_t *pid, char *const *argv, const char *cwd, char **env);
const char *nj_resolve(ccdk_app *app, const char *p);
const char *nj_join(ccdk_app *app, const char *a, const char *b);
const char *nj_dirname(ccdk_app *app, const char *p);
const char *nj_relative(ccdk_app *app, const char *from, const char *to);
void nj_steps(ccdk_app *app, nj_bundle *b, const char *in, const char *out, int local, nj_step **steps, size_t *nsteps);
int nj_capture(char *const *argv, char **out);
char **nj_env(ccdk_app *app, const ccdk_kvs *extra); /* {...process.env, ...extra} */
const char *nj_which(ccdk_app *app, const char *name); /* the program on PATH (name itself with a '/'), or NULL */
const char *nj_which_in(ccdk_app *app, const char *name, const char *path); /* ... on the search path given */
const char *nj_env_path(const nj_bundle *b); /* the PATH the bundling steps run with */

/* deferred.c: a function whose esbuild runs in the background, taken at synth */
typedef struct nj_deferred nj_deferred;
int nj_deferred_eligible(nj_bundle *b, ccdk__node *scope);
nj_deferred *nj_deferred_start(nj_bundle *b, ccdk__node *scope, const char *id);
void nj_deferred_attach(nj_deferred *d, ccdk_lambda_function *fn);

/* cache.c: the bundle cache of one bundling */
typedef struct {
    const char *root;     /* the cache folder, NULL: no caching */
    const char *key;      /* 64 hex digits */
    const char *meta;     /* the metafile esbuild writes for us */
    const char *meta_arg; /* "--metafile=<meta>", or NULL when the user's metafile serves */
} nj_cache;
/* 1: outdir holds the cached bundle; 0: bundle, then nj_cache_store (meta_arg on esbuild's command
 * line); -1: bundle without caching */
int nj_cache_begin(nj_bundle *b, const char *outdir, nj_cache *c);
void nj_cache_store(nj_bundle *b, const char *outdir, nj_cache *c);
void nj_cache_abort(nj_cache *c);

#endif
