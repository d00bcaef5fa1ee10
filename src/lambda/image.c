/* image.c - DockerImageCode (fromEcr) and DockerImageFunction: container image functions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda_image.h"
#include "lambda_internal.h"

struct ccdk__image_code {
    ccdk_ecr_repository *repository; /* fromEcr */
    const char *tag_or_digest;
    ccdk_value *cmd, *entrypoint;    /* lists of strings, or NULL */
    const char *working_directory;
    ccdk_value *config;              /* ImageConfig, set at bind (NULL: none) */
    const char *directory;           /* fromImageAsset: absolute */
    const char *file;                /* Dockerfile path relative to directory (NULL: "Dockerfile") */
    ccdk_value *source;              /* the image source's build options, in the manifest's order */
    const char *extra_hash;          /* DockerImageAsset's extraHash JSON */
    const char *token_error;         /* validateProps' error for a token among the props, or NULL */
    const char *image_uri, *staged_name;
    ccdk_stack *bound_stack;
    struct ccdk__image_build *build; /* fromImageAsset's build options (NULL: none given) */
    int docker_image_code;           /* made by DockerImageCode (not Code.from*Image): see asset_image_code_bind */
};

/* The DockerImageAssetOptions of AssetImageCodeProps, copied into the App: what compose_build
 * renders into the asset's extraHash and the image source. */
struct ccdk__image_build {
    const char *user, *build_ssh, *target, *file, *network_mode, *platform;
    ccdk_value *args, *outs, *contexts, *secrets, *cache_from, *cache_to;
    ccdk_tristate cache_disabled;
    ccdk_lambda_image_asset_invalidation inv;
    /* the staging's FileFingerprintOptions and the manifest's displayName (NULL: the path) */
    const char *const *exclude; /* the user's, NULL-terminated; NULL: none given */
    ccdk_symlink_follow_mode follow; /* as given: a zeroed build (asset_image_code_bind's) is the default */
    ccdk_ignore_mode_t ignore_mode;
    const char *display_name, *asset_name;
};

static ccdk_value *strlist(ccdk_app *app, const char *const *l)
{
    if (!l)
        return NULL;
    ccdk_value *v = ccdk__v_list(app);
    for (; *l; l++)
        ccdk__v_push(v, ccdk__v_from_string(app, *l));
    return v;
}

static ccdk_lambda_code *image_code_new(ccdk_app *app, struct ccdk__image_code **im)
{
    ccdk_lambda_code *c = ccdk__alloc(app, sizeof *c);
    c->app = app;
    c->image = *im = ccdk__alloc(app, sizeof **im);
    return c;
}

ccdk_lambda_code *ccdk_lambda_docker_image_code_from_ecr(ccdk_ecr_repository *repository,
                                                         const ccdk_lambda_ecr_image_code_props *props)
{
    ccdk__node *n = ccdk__node_of(repository);
    if (!n) { /* no App to record it on: the process-wide list; never NULL */
        ccdk__process_error("%s: the repository is %s", __func__, repository ? "not a construct handle" : "NULL");
        return ccdk__code_from_bucket_name(ccdk__nil_stack(), "nil", "nil", NULL);
    }
    ccdk_app *app = n->app;
    struct ccdk__image_code *im;
    ccdk_lambda_code *c = image_code_new(app, &im);
    im->repository = repository;
    im->docker_image_code = 1;
    const char *t = props && props->tag_or_digest ? props->tag_or_digest : props && props->tag ? props->tag : "latest";
    im->tag_or_digest = ccdk__strdup(app, t);
    if (props) {
        im->cmd = strlist(app, CCDK__NT(app, props->cmd, "cmd"));
        im->entrypoint = strlist(app, CCDK__NT(app, props->entrypoint, "entrypoint"));
        im->working_directory = ccdk__strdup(app, props->working_directory);
    }
    return c;
}

/* props.invalidation?.<what> !== false */
static int hashed(ccdk_tristate t) { return !ccdk__tri_false(t); }

/* DockerImageAsset's extraHash ({user, buildArgs, buildContexts, buildSecrets, buildSsh, target, file, networkMode, platform,
 * outputs, version}: NetworkMode and Platform objects render as {"mode"} / {"platform"}) and the
 * image source's build options DefaultStackSynthesizer writes (dockerBuildArgs, dockerBuildContexts,
 * dockerBuildSecrets, dockerBuildSsh, dockerBuildTarget, dockerFile, networkMode, platform,
 * dockerOutputs, cacheFrom, cacheTo, cacheDisabled), from
 * im->build (NULL: no options) */
static void compose_build(ccdk_app *app, struct ccdk__image_code *im)
{
    const struct ccdk__image_build *b = im->build;
    if (!b) {
        im->extra_hash = NULL;
        im->source = NULL;
        return;
    }
    const ccdk_lambda_image_asset_invalidation *inv = &b->inv;
    ccdk_value *x = ccdk__v_obj(app);
    if (hashed(inv->extra_hash) && b->user && *b->user)
        ccdk__v_set(x, "user", ccdk__v_str(app, b->user));
    if (hashed(inv->build_args) && b->args)
        ccdk__v_set(x, "buildArgs", b->args);
    if (hashed(inv->build_contexts) && b->contexts)
        ccdk__v_set(x, "buildContexts", b->contexts);
    if (hashed(inv->build_secrets) && b->secrets)
        ccdk__v_set(x, "buildSecrets", b->secrets);
    if (hashed(inv->build_ssh) && b->build_ssh && *b->build_ssh)
        ccdk__v_set(x, "buildSsh", ccdk__v_str(app, b->build_ssh));
    if (hashed(inv->target) && b->target && *b->target)
        ccdk__v_set(x, "target", ccdk__v_str(app, b->target));
    if (hashed(inv->file) && b->file && *b->file)
        ccdk__v_set(x, "file", ccdk__v_str(app, b->file));
    if (hashed(inv->network_mode) && b->network_mode) {
        ccdk_value *m = ccdk__v_obj(app);
        ccdk__v_set(m, "mode", ccdk__v_str(app, b->network_mode));
        ccdk__v_set(x, "networkMode", m);
    }
    if (hashed(inv->platform) && b->platform) {
        ccdk_value *m = ccdk__v_obj(app);
        ccdk__v_set(m, "platform", ccdk__v_str(app, b->platform));
        ccdk__v_set(x, "platform", m);
    }
    if (hashed(inv->outputs) && b->outs)
        ccdk__v_set(x, "outputs", b->outs);
    ccdk__v_set(x, "version", ccdk__v_str(app, "1.21.0"));
    ccdk__buf buf = {0};
    ccdk__json_write(&buf, x, 0);
    im->extra_hash = ccdk__strndup(app, buf.data, buf.len);
    ccdk__buf_free(&buf);

    ccdk_value *src = ccdk__v_obj(app);
    if (b->args)
        ccdk__v_set(src, "dockerBuildArgs", b->args);
    if (b->contexts)
        ccdk__v_set(src, "dockerBuildContexts", b->contexts);
    if (b->secrets)
        ccdk__v_set(src, "dockerBuildSecrets", b->secrets);
    if (b->build_ssh)
        ccdk__v_set(src, "dockerBuildSsh", ccdk__v_str(app, b->build_ssh));
    if (b->target)
        ccdk__v_set(src, "dockerBuildTarget", ccdk__v_str(app, b->target));
    if (b->file)
        ccdk__v_set(src, "dockerFile", ccdk__v_str(app, b->file));
    if (b->network_mode)
        ccdk__v_set(src, "networkMode", ccdk__v_str(app, b->network_mode));
    if (b->platform)
        ccdk__v_set(src, "platform", ccdk__v_str(app, b->platform));
    if (b->outs)
        ccdk__v_set(src, "dockerOutputs", b->outs);
    if (b->cache_from)
        ccdk__v_set(src, "cacheFrom", b->cache_from);
    if (b->cache_to)
        ccdk__v_set(src, "cacheTo", b->cache_to);
    if (ccdk__tri_true(b->cache_disabled) || ccdk__tri_false(b->cache_disabled))
        ccdk__v_set(src, "cacheDisabled", ccdk__v_bool(app, ccdk__tri_true(b->cache_disabled)));
    im->source = src;
}

/* a DockerCacheOption as given: {type, params} */
static ccdk_value *cache_option(ccdk_app *app, const ccdk_docker_cache_option *c)
{
    ccdk_value *o = ccdk__v_obj(app);
    if (c->type)
        ccdk__v_set(o, "type", ccdk__v_str(app, c->type));
    if (CCDK__GIVEN(c->params)) {
        ccdk_value *ps = ccdk__v_obj(app);
        for (size_t i = 0; i < CCDK__LEN(c->params, "cacheFrom/cacheTo params"); i++)
            ccdk__v_set(ps, ccdk__strdup(app, c->params.items[i].key ? c->params.items[i].key : ""),
                        ccdk__v_str(app, c->params.items[i].value ? c->params.items[i].value : ""));
        ccdk__v_set(o, "params", ps);
    }
    return o;
}

/* AssetImageCodeProps' build options: checked (validateProps), copied into the App, composed */
static void build_options(ccdk_app *app, struct ccdk__image_code *im, const ccdk_lambda_asset_image_code_props *p)
{
    /* validateProps: a string prop that is a token (in the props' order), then buildArgs' keys and
     * values, are errors when the asset is made: they are needed before deployment */
    static const char *const names[] = {"workingDirectory", "file", "buildSsh", "target", "extraHash", "assetName",
                                        "displayName"};
    const char *vals[] = {p->working_directory, p->file, p->build_ssh, p->target, p->extra_hash, p->asset_name,
                          p->display_name};
    for (size_t i = 0; i < sizeof vals / sizeof *vals && !im->token_error; i++)
        if (vals[i] && ccdk__is_unresolved(vals[i]))
            im->token_error = ccdk__sprintf(app, "Cannot use Token as value of '%s': this value is used before deployment starts",
                                            names[i]);
    /* then validateBuildArgs, validateBuildContexts, validateBuildSecrets */
    const ccdk_kvs *maps[] = {&p->build_args, &p->build_contexts, &p->build_secrets};
    static const char *const map_names[] = {"buildArgs", "buildContexts", "buildSecrets"};
    struct ccdk__image_build *b = im->build = ccdk__alloc(app, sizeof *b);
    ccdk_value **map_vals[] = {&b->args, &b->contexts, &b->secrets};
    for (size_t m = 0; m < 3; m++) {
        size_t n = CCDK__LEN(*maps[m], map_names[m]);
        for (size_t i = 0; i < n && !im->token_error; i++) {
            const ccdk_kv *kv = &maps[m]->items[i];
            if ((kv->key && ccdk__is_unresolved(kv->key)) || (kv->value && ccdk__is_unresolved(kv->value)))
                im->token_error = ccdk__sprintf(app, "Cannot use tokens in keys or values of \"%s\" since they are needed before deployment",
                                                map_names[m]);
        }
        if (CCDK__GIVEN(*maps[m])) {
            ccdk_value *o = *map_vals[m] = ccdk__v_obj(app);
            for (size_t i = 0; i < n; i++)
                ccdk__v_set(o, ccdk__strdup(app, maps[m]->items[i].key ? maps[m]->items[i].key : ""),
                            ccdk__v_str(app, maps[m]->items[i].value ? maps[m]->items[i].value : ""));
        }
    }
    size_t nout = CCDK__LEN(p->outputs, "outputs");
    if (CCDK__GIVEN(p->outputs)) {
        b->outs = ccdk__v_list(app);
        for (size_t i = 0; i < nout; i++)
            ccdk__v_push(b->outs, ccdk__v_str(app, p->outputs.items[i] ? p->outputs.items[i] : ""));
    }
    b->user = ccdk__strdup(app, p->extra_hash);
    b->build_ssh = ccdk__strdup(app, p->build_ssh);
    b->target = ccdk__strdup(app, p->target);
    b->file = ccdk__strdup(app, p->file);
    b->network_mode = ccdk__strdup(app, p->network_mode);
    b->platform = ccdk__strdup(app, p->platform);
    b->cache_disabled = p->cache_disabled;
    b->inv = p->invalidation;
    size_t ncf = CCDK__LEN(p->cache_from, "cacheFrom");
    if (CCDK__GIVEN(p->cache_from)) {
        b->cache_from = ccdk__v_list(app);
        for (size_t i = 0; i < ncf; i++)
            ccdk__v_push(b->cache_from, cache_option(app, &p->cache_from.items[i]));
    }
    if (p->cache_to)
        b->cache_to = cache_option(app, p->cache_to);
    if (CCDK__GIVEN(p->exclude)) {
        size_t nex = CCDK__LEN(p->exclude, "exclude");
        const char **ex = ccdk__alloc(app, (nex + 1) * sizeof *ex);
        for (size_t i = 0; i < nex; i++)
            ex[i] = ccdk__strdup(app, p->exclude.items[i] ? p->exclude.items[i] : "");
        b->exclude = ex;
    }
    b->follow = p->follow_symlinks;
    b->ignore_mode = p->ignore_mode;
    /* props.displayName ?? props.assetName ?? the stack-relative path (bind_asset) */
    b->display_name = ccdk__strdup(app, p->display_name ? p->display_name : p->asset_name);
    b->asset_name = ccdk__strdup(app, p->asset_name);
    compose_build(app, im);
}

ccdk_lambda_code *ccdk_lambda_docker_image_code_from_image_asset(void *scope, const char *directory,
                                                                 const ccdk_lambda_asset_image_code_props *props)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_app *app = n->app;
    struct ccdk__image_code *im;
    ccdk_lambda_code *c = image_code_new(app, &im);
    if (!directory)
        directory = "";
    /* path.resolve(directory) */
    char resolved[4096];
    snprintf(resolved, sizeof resolved, "%s", directory);
    im->directory = ccdk__strdup(app, ccdk__path_resolve(resolved, sizeof resolved) == 0 ? resolved : directory);
    if (props) {
        im->cmd = strlist(app, CCDK__NT(app, props->cmd, "cmd"));
        im->entrypoint = strlist(app, CCDK__NT(app, props->entrypoint, "entrypoint"));
        im->working_directory = ccdk__strdup(app, props->working_directory);
        im->file = ccdk__strdup(app, props->file);
        ccdk_lambda_asset_image_code_props p = *props;
        int ok = CCDK__ENUM_OK(n, p.follow_symlinks, ccdk_symlink_follow_mode, CCDK_FOLLOW_DEFAULT, CCDK_FOLLOW_BLOCK_EXTERNAL,
                               "image asset options: followSymlinks");
        ok &= CCDK__ENUM_OK(n, p.ignore_mode, ccdk_ignore_mode_t, CCDK_IGNORE_MODE_DEFAULT, CCDK_IGNORE_MODE_DOCKER,
                            "image asset options: ignoreMode");
        if (!ok) { /* an error already: the defaults instead */
            p.follow_symlinks = CCDK_FOLLOW_DEFAULT;
            p.ignore_mode = CCDK_IGNORE_MODE_DEFAULT;
        }
        build_options(app, im, &p);
    }
    im->docker_image_code = 1;
    return c;
}

/* DockerImageFunction's props.code._bind(props.architecture) of DockerImageCode.fromImageAsset: a new
 * AssetImageCode for each function (its own DockerImageAsset "AssetImage", so never "already
 * associated with another stack"), built for the architecture's dockerPlatform unless the props
 * give a platform ({platform: Platform.custom(architecture.dockerPlatform), ...props}) */
static ccdk_lambda_code *asset_image_code_bind(ccdk_lambda_code *code, const ccdk_lambda_architecture *architecture)
{
    ccdk_app *app = code->app;
    ccdk_lambda_code *c = ccdk__alloc(app, sizeof *c);
    *c = *code;
    struct ccdk__image_code *im = c->image = ccdk__alloc(app, sizeof *im);
    *im = *code->image;
    im->config = NULL;
    im->image_uri = im->staged_name = NULL;
    im->bound_stack = NULL;
    im->docker_image_code = 0;
    if (architecture && architecture->docker_platform && !(im->build && im->build->platform)) {
        struct ccdk__image_build *b = ccdk__alloc(app, sizeof *b);
        if (im->build)
            *b = *im->build;
        b->platform = ccdk__strdup(app, architecture->docker_platform);
        im->build = b;
        compose_build(app, im);
    }
    return c;
}


/* new DockerImageAsset(scope, "AssetImage", {directory, file}): staging and the synthesizer's location. */
static void bind_asset(struct ccdk__image_code *im, ccdk_lambda_function *fn)
{
    ccdk_app *app = fn->base.node.app;
    ccdk_stack *stack = fn->base.node.stack;
    if (im->bound_stack) {
        if (im->bound_stack != stack)
            ccdk__error(fn, "Asset is already associated with another stack '%s'. Create a new Code instance for every stack.",
                        im->bound_stack->stack_name);
        return;
    }
    im->bound_stack = stack;
    static const ccdk__kind kind_asset = {.fqn = "aws-cdk-lib.aws_ecr_assets.DockerImageAsset"};
    static const ccdk__kind kind_stage = {.fqn = "aws-cdk-lib.AssetStaging"};
    static const ccdk__kind kind_repo = {.fqn = "aws-cdk-lib.aws_ecr.RepositoryBase", .class_name = "Import"};
    if (im->token_error) { /* DockerImageAsset's validateProps, before the construct is made */
        ccdk__unscoped_error(app, "%s", im->token_error);
        return;
    }
    ccdk__node *asset = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(asset, &kind_asset, fn, "AssetImage");
    struct stat st;
    if (stat(im->directory, &st) != 0) {
        ccdk__error(asset, "Cannot find image directory at %s", im->directory);
        return;
    }
    const char *file = im->file ? im->file : "Dockerfile";
    const char *fpath = ccdk__sprintf(app, "%s/%s", im->directory, file);
    if (stat(fpath, &st) != 0) {
        ccdk__error(asset, "Cannot find file at %s", fpath);
        return;
    }
    int docker_ignore = ccdk__feature_flag(asset, "@aws-cdk/aws-ecr-assets:dockerIgnoreSupport");
    const struct ccdk__image_build *b = im->build;
    /* exclude: ".is_custom_resource" (AssetStaging), then the .dockerignore lines, the user's
     * exclude, "!.dockerignore" (only with a .dockerignore), "!<Dockerfile>", outdir. (Without a
     * .dockerignore aws-cdk-lib pushes the last two onto the user's own array; repeated they match
     * as once, so each asset's list here is the same in effect.) */
    size_t nuser = 0;
    while (b && b->exclude && b->exclude[nuser])
        nuser++;
    size_t cap = 8 + nuser, ne = 0;
    const char **ex = malloc(cap * sizeof *ex);
    ex[ne++] = ".is_custom_resource";
    size_t dl = 0;
    char *di = ccdk__read_file(ccdk__sprintf(app, "%s/.dockerignore", im->directory), &dl);
    int has_dockerignore = di != NULL;
    if (di) {
        for (char *line = di, *next; line && *line; line = next) {
            next = strchr(line, '\n');
            if (next)
                *next++ = 0;
            if (!*line)
                continue;
            if (ne + 4 >= cap)
                ex = ccdk__grow(ex, &cap, sizeof *ex, 16);
            ex[ne++] = ccdk__strdup(app, line);
        }
        free(di);
    }
    while (ne + nuser + 4 >= cap)
        ex = ccdk__grow(ex, &cap, sizeof *ex, 16);
    for (size_t i = 0; i < nuser; i++)
        ex[ne++] = b->exclude[i];
    if (has_dockerignore)
        ex[ne++] = "!.dockerignore";
    ex[ne++] = ccdk__sprintf(app, "!%s", ccdk__basename(fpath));
    ex[ne++] = app->outdir;
    ex[ne] = NULL;
    const char **exa = ccdk__alloc(app, (ne + 1) * sizeof *exa);
    memcpy(exa, ex, (ne + 1) * sizeof *exa);
    free(ex);
    /* ignoreMode: the user's, else DOCKER with @aws-cdk/aws-ecr-assets:dockerIgnoreSupport (v2:
     * always), else GLOB; follow: followSymlinks, else EXTERNAL (AssetStaging's default) */
    ccdk_ignore_mode dflt = docker_ignore ? CCDK_IGNORE_DOCKER : CCDK_IGNORE_GLOB;
    ccdk__fingerprint_opts o = {.exclude = exa, .follow = ccdk__follow_of(b ? b->follow : CCDK_FOLLOW_DEFAULT),
                                .ignore_mode = b ? ccdk__ignore_mode_of(b->ignore_mode, dflt) : dflt};
    /* extraHash: the JSON of the build options (build_options); then the asset hash salt */
    o.extra_hash = im->extra_hash ? im->extra_hash : "{\"version\":\"1.21.0\"}";
    o.extra_hash = ccdk__asset_extra_hash(asset, o.extra_hash);
    ccdk__node *stage = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(stage, &kind_stage, asset, "Staging");
    if (o.follow == CCDK_SYMLINK_BLOCK_EXTERNAL) {
        /* AssetStaging's constructor (validateInternalSymlinks): an external symlink is a
         * ValidationError on the DockerImageAsset before anything is hashed; its walk ignores by
         * the exclude AssetStaging is given, without the ".is_custom_resource" it prepends (exa[0]) */
        ccdk__fingerprint_opts given = o;
        given.exclude = exa + 1;
        char *serr = NULL;
        if (ccdk__validate_internal_symlinks(im->directory, &given, &serr) != 0) {
            ccdk__error(asset, "%s", serr ? serr : "");
            free(serr);
            return;
        }
        o.symlinks_checked = 1; /* staging need not walk the directory again */
    }
    /* AssetStaging.assetCache: the first staging of a key in the App is reused, and its key
     * (calculateCacheKey: source path, extraHash, exclude, ignoreMode) leaves out the follow mode:
     * image assets of one directory that differ only in followSymlinks share the first one's hash
     * and staged copy, as in aws-cdk-lib */
    ccdk__buf key = {0};
    ccdk__buf_puts(&key, "image-asset\n");
    ccdk__asset_key_put(&key, im->directory);
    ccdk__asset_key_opts(&key, &o, 0);
    ccdk__fingerprint_opts *kept = ccdk__alloc(app, sizeof *kept); /* the cache keeps a pointer to them */
    *kept = o;
    char h[65];
    const ccdk__fingerprint_opts *staged = NULL;
    int rc = ccdk__asset_staged_hash(app, &key, im->directory, kept, NULL, asset, h, &staged, 0);
    ccdk__buf_free(&key);
    if (rc != 0)
        return;
    o = *staged;
    int display_given = b && b->display_name;
    const char *display = display_given ? b->display_name : asset->path + strlen(stack->node.path) + 1;
    im->image_uri = ccdk__stack_add_docker_image_asset(stack, h, im->directory, display, display_given,
                                                      b ? b->asset_name : NULL, &o, im->source, &im->staged_name);
    ccdk__node *repo = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(repo, &kind_repo, asset, "Repository");
}

/* Code.fromEcrImage / fromAssetImage make the EcrImageCode / AssetImageCode that DockerImageCode's
 * fromEcr / fromImageAsset bind to. */
ccdk_lambda_code *ccdk__image_code_from_uri(ccdk_app *app, const char *uri, const char *const *cmd,
                                            const char *const *entrypoint, const char *working_directory)
{
    struct ccdk__image_code *im;
    ccdk_lambda_code *c = image_code_new(app, &im);
    im->image_uri = ccdk__strdup(app, uri ? uri : "");
    im->cmd = strlist(app, cmd);
    im->entrypoint = strlist(app, entrypoint);
    im->working_directory = ccdk__strdup(app, working_directory);
    return c;
}

ccdk_lambda_code *ccdk_lambda_code_from_ecr_image(ccdk_ecr_repository *repository, const ccdk_lambda_ecr_image_code_props *props)
{
    ccdk_lambda_code *c = ccdk_lambda_docker_image_code_from_ecr(repository, props);
    if (c->image) /* not after a bad repository (the nil stack's placeholder code) */
        c->image->docker_image_code = 0;
    return c;
}

ccdk_lambda_code *ccdk_lambda_code_from_asset_image(void *scope, const char *directory, const ccdk_lambda_asset_image_code_props *props)
{
    ccdk__scope(scope); /* a bad scope is recorded in this function's name */
    ccdk_lambda_code *c = ccdk_lambda_docker_image_code_from_image_asset(scope, directory, props);
    if (c->image)
        c->image->docker_image_code = 0;
    return c;
}

ccdk_value *ccdk__image_code_bind(ccdk_lambda_code *c, ccdk_lambda_function *fn)
{
    ccdk_app *app = fn->base.node.app;
    struct ccdk__image_code *im = c->image;
    ccdk_value *v = ccdk__v_obj(app);
    const char *uri = im->image_uri ? im->image_uri : ""; /* a config's fixed URI (ccdk__image_code_from_uri) */
    if (im->repository) {
        ccdk_ecr_repository_grant_pull(im->repository, ccdk_iam_service_principal(fn, "lambda.amazonaws.com"));
        uri = ccdk_ecr_repository_uri_for_tag_or_digest(im->repository, im->tag_or_digest);
    }
    if (im->directory) {
        bind_asset(im, fn);
        uri = im->image_uri ? im->image_uri : "";
    }
    ccdk__v_set(v, "ImageUri", ccdk__v_from_string(app, uri));
    if (c->s3_object_storage_mode) /* only a config's (ccdk_lambda_code_new) */
        ccdk__v_set(v, "S3ObjectStorageMode", ccdk__v_str(app, c->s3_object_storage_mode));
    if (c->source_kms_key_arn)
        ccdk__v_set(v, "SourceKMSKeyArn", ccdk__v_from_string(app, c->source_kms_key_arn));
    if (c->inline_code) /* a config's inline code of "" */
        ccdk__v_set(v, "ZipFile", ccdk__v_from_string(app, c->inline_code));
    if (im->cmd || im->entrypoint || im->working_directory) {
        im->config = ccdk__v_obj(app);
        if (im->cmd)
            ccdk__v_set(im->config, "Command", im->cmd);
        if (im->entrypoint)
            ccdk__v_set(im->config, "EntryPoint", im->entrypoint);
        if (im->working_directory)
            ccdk__v_set(im->config, "WorkingDirectory", ccdk__v_from_string(app, im->working_directory));
    }
    return v;
}

void ccdk__fn_step_image(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    if (!fn->resource || !props->code)
        return;
    ccdk_app *app = fn->base.node.app;
    int image = props->code->image != NULL;
    int from_image_handler = props->handler && !strcmp(props->handler, "FROM_IMAGE");
    int from_image_runtime = props->runtime == CCDK_LAMBDA_RUNTIME(FROM_IMAGE);
    if (image != from_image_handler) {
        ccdk__unscoped_error(app, "handler must be `Handler.FROM_IMAGE` when using image asset for Lambda function");
        return;
    }
    if (image != from_image_runtime) {
        ccdk__unscoped_error(app, "runtime must be `Runtime.FROM_IMAGE` when using image asset for Lambda function");
        return;
    }
    if (!image)
        return;
    ccdk_value *props_obj = fn->resource->props;
    ccdk__v_del(props_obj, "Handler");
    ccdk__v_del(props_obj, "Runtime");
    ccdk__res_set(fn->resource, "PackageType", ccdk__v_str(app, "Image"));
    struct ccdk__image_code *im = props->code->image;
    if (im->config)
        ccdk__res_set(fn->resource, "ImageConfig", im->config);
    /* AssetImageCode.bindToResource: asset metadata */
    ccdk_value *am = ccdk__node_context(&fn->resource->el.node, "aws:cdk:enable-asset-metadata");
    if (im->staged_name && am && ccdk__truthy(am)) {
        ccdk_cfn_resource_add_metadata(fn->resource, "aws:asset:path", ccdk__v_str(app, im->staged_name));
        ccdk_cfn_resource_add_metadata(fn->resource, "aws:asset:dockerfile-path", ccdk__v_str(app, im->file ? im->file : "Dockerfile"));
        /* DockerImageAsset.addResourceMetadata's order; what is undefined is left out */
        static const char *const before[][2] = {{"aws:asset:docker-build-args", "dockerBuildArgs"},
                                                 {"aws:asset:docker-build-contexts", "dockerBuildContexts"},
                                                 {"aws:asset:docker-build-secrets", "dockerBuildSecrets"},
                                                 {"aws:asset:docker-build-ssh", "dockerBuildSsh"},
                                                 {"aws:asset:docker-build-target", "dockerBuildTarget"}};
        static const char *const after[][2] = {{"aws:asset:docker-outputs", "dockerOutputs"},
                                                {"aws:asset:docker-cache-from", "cacheFrom"},
                                                {"aws:asset:docker-cache-to", "cacheTo"},
                                                {"aws:asset:docker-cache-disabled", "cacheDisabled"}};
        for (size_t i = 0; im->source && i < sizeof before / sizeof *before; i++) {
            ccdk_value *v = ccdk__v_get(im->source, before[i][1]);
            if (v)
                ccdk_cfn_resource_add_metadata(fn->resource, before[i][0], v);
        }
        ccdk_cfn_resource_add_metadata(fn->resource, "aws:asset:property", ccdk__v_str(app, "Code.ImageUri"));
        for (size_t i = 0; im->source && i < sizeof after / sizeof *after; i++) {
            ccdk_value *v = ccdk__v_get(im->source, after[i][1]);
            if (v)
                ccdk_cfn_resource_add_metadata(fn->resource, after[i][0], v);
        }
    }
}

ccdk_lambda_function *ccdk_lambda_docker_image_function_new(void *scope, const char *id,
                                                            const ccdk_lambda_function_props *props)
{
    ccdk__scope(scope);
    ccdk_lambda_function_props p = props ? *props : (ccdk_lambda_function_props){0};
    if (p.runtime || p.handler) {
        /* TypeScript rejects them at compile time: DockerImageFunctionProps has no runtime/handler */
        ccdk__error(scope, "DockerImageFunction sets its own runtime and handler (FROM_IMAGE): do not give %s",
                    p.runtime ? "runtime" : "handler");
    }
    p.runtime = CCDK_LAMBDA_RUNTIME(FROM_IMAGE);
    p.handler = "FROM_IMAGE";
    if (p.code && p.code->image && p.code->image->docker_image_code && p.code->image->directory)
        p.code = asset_image_code_bind(p.code, p.architecture);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(scope, id, &p);
    /* a Function of the subclass: tree.json's fqn and the version-reporting analytics name it */
    static const ccdk__kind kind_docker_image_function = {.fqn = "aws-cdk-lib.aws_lambda.DockerImageFunction",
                                                          .class_name = "DockerImageFunction"};
    if (!((ccdk__node *)fn)->detached && ((ccdk__node *)fn)->kind->prepare == NULL && ((ccdk__node *)fn)->kind->validate == NULL)
        ((ccdk__node *)fn)->kind = &kind_docker_image_function;
    return fn;
}
