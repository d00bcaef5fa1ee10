/* code.c - lambda.Code: inline, asset (staged, bundled), bucket and CfnParameters code, and binding
 * it to a function or layer (Code.bind / bindToResource, aws-lambda/lib/code.ts); also
 * FileSystem.fingerprint as the public ccdk_fs_fingerprint. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/kms.h"
#include "ccdk/s3.h"
#include "lambda_internal.h"

static ccdk_lambda_code *code_new_fn(void *scope, ccdk__code_kind k, const char *func)
{
    ccdk_app *app = ccdk__scope_((scope), func)->app;
    ccdk_lambda_code *c = ccdk__alloc(app, sizeof *c);
    c->app = app;
    c->kind = k;
    return c;
}
/* the public function that calls it names itself in a bad-scope error */
#define code_new(scope, k) code_new_fn((scope), (k), __func__)

ccdk_lambda_code *ccdk_lambda_code_from_inline(void *scope, const char *code)
{
    ccdk_lambda_code *c = code_new(scope, CCDK__CODE_INLINE);
    if (!c)
        return NULL;
    if (!code || !*code)
        ccdk__unscoped_error(c->app, "Lambda inline code cannot be empty");
    c->inline_code = ccdk__strdup(c->app, code ? code : "");
    return c;
}

ccdk_lambda_code *ccdk__code_from_bucket_name(void *scope, const char *bucket, const char *key, const char *version)
{
    ccdk_lambda_code *c = code_new(scope, CCDK__CODE_BUCKET);
    c->bucket = ccdk__strdup(c->app, bucket ? bucket : "");
    c->key = ccdk__strdup(c->app, key ? key : "");
    c->object_version = ccdk__strdup(c->app, version);
    return c;
}

/* new S3Code(bucket, key, objectVersion); Code.fromBucket warns first when there is no version */
static ccdk_lambda_code *s3_code(ccdk_s3_bucket *bucket, const char *key, const char *version, int warn, const char *func)
{
    if (!ccdk__node_of(bucket)) /* no App to record it on: the process-wide list */
        return ccdk__code_from_bucket_name(ccdk__bad_scope(bucket, func), "nil", "nil", NULL);
    if (warn && !version)
        ccdk__warning(bucket, "@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified",
                      "objectVersion is not defined for S3Code.fromBucket(). The lambda will not be updated automatically "
                      "if the code in the bucket is updated. This is because CDK/Cloudformation does not track changes on "
                      "the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set objectVersion.");
    const char *name = ccdk_s3_bucket_name(bucket);
    if (!name)
        ccdk__error(bucket, "bucketName is undefined for the provided bucket");
    return ccdk__code_from_bucket_name(bucket, name, key, version);
}

ccdk_lambda_code *ccdk_lambda_code_from_bucket(ccdk_s3_bucket *bucket, const char *key, const char *version)
{
    return s3_code(bucket, key, version, 1, __func__);
}

ccdk_lambda_code *ccdk_lambda_s3_code_new(ccdk_s3_bucket *bucket, const char *key, const char *version)
{
    return s3_code(bucket, key, version, 0, __func__);
}

/* new S3CodeV2(bucket, key, options): the S3 location of S3Code and options.sourceKMSKey's ARN;
 * Code.fromBucketV2 warns first when there is no version */
static ccdk_lambda_code *s3_code_v2(ccdk_s3_bucket *bucket, const char *key, const ccdk_lambda_bucket_options *options,
                                    int warn, const char *func)
{
    if (!ccdk__node_of(bucket)) /* no App to record it on: the process-wide list */
        return ccdk__code_from_bucket_name(ccdk__bad_scope(bucket, func), "nil", "nil", NULL);
    const char *version = options ? options->object_version : NULL;
    ccdk_lambda_s3_object_storage_mode mode = options ? options->s3_object_storage_mode : CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_UNSET;
    if (warn && !version)
        ccdk__warning(bucket, "@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified",
                      "options.objectVersion is not defined for S3Code.fromBucketV2(). The lambda will not be updated "
                      "automatically if the code in the bucket is updated. This is because CDK/Cloudformation does not track "
                      "changes on the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set "
                      "options.objectVersion.");
    /* new S3CodeV2: the REFERENCE check comes before the bucket name's */
    if (options)
        CCDK__ENUM_OK(bucket, options->s3_object_storage_mode, ccdk_lambda_s3_object_storage_mode,
                      CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_UNSET, CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE,
                      "s3ObjectStorageMode");
    if (mode == CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE && !version)
        ccdk__error(bucket, "set objectVersion when using s3ObjectStorageMode REFERENCE because Lambda requires a versioned S3 "
                            "object");
    const char *name = ccdk_s3_bucket_name(bucket);
    if (!name)
        ccdk__error(bucket, "bucketName is undefined for the provided bucket");
    ccdk_lambda_code *c = ccdk__code_from_bucket_name(bucket, name, key, version);
    if (options && options->source_kms_key)
        c->source_kms_key_arn = ccdk_kms_key_arn(options->source_kms_key);
    if (mode == CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY)
        c->s3_object_storage_mode = "COPY";
    if (mode == CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE) {
        c->s3_object_storage_mode = "REFERENCE";
        c->s3_bucket = bucket;
    }
    return c;
}

ccdk_lambda_code *ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket *bucket, const char *key, const ccdk_lambda_bucket_options *options)
{
    return s3_code_v2(bucket, key, options, 1, __func__);
}

ccdk_lambda_code *ccdk_lambda_s3_code_v2_new(ccdk_s3_bucket *bucket, const char *key, const ccdk_lambda_bucket_options *options)
{
    return s3_code_v2(bucket, key, options, 0, __func__);
}

/* a Code subclass of the user's: its bind() returns config (aws-lambda's CodeConfig); the
 * function's verifyCodeConfig counts the truthy ones of inlineCode ('' is not), s3Location, image */
ccdk_lambda_code *ccdk_lambda_code_new(void *scope, const ccdk_lambda_code_config *config)
{
    static const ccdk_lambda_code_config none;
    if (!config)
        config = &none;
    int has_inline = config->inline_code && *config->inline_code;
    int n = has_inline + (config->s3_location != NULL) + (config->image != NULL);
    ccdk_lambda_code *c;
    if (config->image && !has_inline && !config->s3_location) {
        ccdk_app *app = ccdk__scope_(scope, __func__)->app;
        const ccdk_lambda_code_image_config *im = config->image;
        c = ccdk__image_code_from_uri(app, im->image_uri, CCDK__NT(app, im->cmd, "cmd"),
                                      CCDK__NT(app, im->entrypoint, "entrypoint"), im->working_directory);
    } else {
        /* the kind a layer sees: its inlineCode check first, then s3Location's */
        c = code_new(scope, has_inline ? CCDK__CODE_INLINE : config->s3_location ? CCDK__CODE_BUCKET : 0);
        if (has_inline)
            c->inline_code = ccdk__strdup(c->app, config->inline_code);
        if (config->s3_location) {
            const ccdk_lambda_code_s3_location *l = config->s3_location;
            c->bucket = ccdk__strdup(c->app, l->bucket_name ? l->bucket_name : "");
            c->key = ccdk__strdup(c->app, l->object_key ? l->object_key : "");
            c->object_version = ccdk__strdup(c->app, l->object_version);
        }
    }
    c->config_invalid = n != 1;
    /* inlineCode given as '' beside an s3Location or image still renders ZipFile "" (aws-cdk-lib's
     * CfnFunction takes code.inlineCode as it is) */
    if (config->inline_code && !has_inline)
        c->inline_code = ccdk__strdup(c->app, "");
    c->source_kms_key_arn = ccdk__strdup(c->app, config->source_kms_key_arn);
    CCDK__ENUM_OK(scope, config->s3_object_storage_mode, ccdk_lambda_s3_object_storage_mode,
                  CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_UNSET, CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE, "s3_object_storage_mode");
    if (config->s3_object_storage_mode == CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY)
        c->s3_object_storage_mode = "COPY";
    else if (config->s3_object_storage_mode == CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE)
        c->s3_object_storage_mode = "REFERENCE";
    return c;
}

ccdk_lambda_code *ccdk_lambda_code_from_cfn_parameters(void *scope, const ccdk_lambda_cfn_parameters_code_props *props)
{
    ccdk_lambda_code *c = code_new(scope, CCDK__CODE_CFN_PARAMS);
    if (c && props) {
        c->bucket_param = props->bucket_name_param;
        c->key_param = props->object_key_param;
        if (props->source_kms_key)
            c->source_kms_key_arn = ccdk_kms_key_arn(props->source_kms_key);
    }
    return c;
}

/* CfnParametersCode.bucketNameParam / objectKeyParam: the parameter's logical id, once bound */
static const char *cfn_param_logical_id(ccdk_lambda_code *c, int key, const char *func)
{
    if (!c)
        return NULL;
    if (c->kind != CCDK__CODE_CFN_PARAMS) {
        ccdk__unscoped_error(c->app, "%s: the code is not a CfnParametersCode", func);
        return NULL;
    }
    ccdk_cfn_parameter *p = key ? c->key_param : c->bucket_param;
    if (!p) {
        ccdk__unscoped_error(c->app, "Pass CfnParametersCode to a Lambda Function before accessing the %s property",
                             key ? "objectKeyParam" : "bucketNameParam");
        return NULL;
    }
    return ccdk_cfn_element_logical_id(p);
}
const char *ccdk_lambda_code_bucket_name_param(ccdk_lambda_code *code) { return cfn_param_logical_id(code, 0, __func__); }
const char *ccdk_lambda_code_object_key_param(ccdk_lambda_code *code) { return cfn_param_logical_id(code, 1, __func__); }

/* CfnParametersCode.assign: ret[this.bucketNameParam] = location.bucketName, then objectKeyParam */
ccdk_value *ccdk_lambda_code_assign(ccdk_lambda_code *code, const char *bucket_name, const char *object_key)
{
    const char *b = cfn_param_logical_id(code, 0, __func__);
    const char *k = b ? cfn_param_logical_id(code, 1, __func__) : NULL;
    if (!b || !k)
        return NULL;
    ccdk_app *app = code->app;
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, b, bucket_name ? ccdk__v_from_string(app, bucket_name) : ccdk__v_undef(app));
    ccdk__v_set(o, k, object_key ? ccdk__v_from_string(app, object_key) : ccdk__v_undef(app));
    return o;
}

/* the enums of asset options as they enter (Code.fromAsset): an error on scope (the owner) for a
 * value that is none of the constants, never a default */
static int asset_enums_ok(const void *scope, const ccdk_asset_options *o)
{
    int ok = 1;
    ok &= CCDK__ENUM_OK(scope, o->follow, ccdk_symlink_follow_mode, CCDK_FOLLOW_DEFAULT, CCDK_FOLLOW_BLOCK_EXTERNAL,
                        "asset options: follow");
    ok &= CCDK__ENUM_OK(scope, o->ignore_mode, ccdk_ignore_mode_t, CCDK_IGNORE_MODE_DEFAULT, CCDK_IGNORE_MODE_DOCKER,
                        "asset options: ignoreMode");
    ok &= CCDK__ENUM_OK(scope, o->asset_hash_type, ccdk_asset_hash_type, CCDK_ASSET_HASH_TYPE_UNSET, CCDK_ASSET_HASH_CUSTOM,
                        "asset options: assetHashType");
    const ccdk_bundling_options *b = o->bundling;
    if (b) {
        ok &= CCDK__ENUM_OK(scope, b->output_type, ccdk_bundling_output, CCDK_BUNDLING_OUTPUT_AUTO_DISCOVER,
                            CCDK_BUNDLING_OUTPUT_SINGLE_FILE, "bundling: outputType");
        ok &= CCDK__ENUM_OK(scope, b->bundling_file_access, ccdk_bundling_file_access, CCDK_BUNDLING_FILE_ACCESS_DEFAULT,
                            CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY, "bundling: bundlingFileAccess");
        size_t n = CCDK__GIVEN(b->volumes) ? CCDK__LEN(b->volumes, "bundling volumes") : 0;
        for (size_t i = 0; i < n; i++)
            ok &= CCDK__ENUM_OK(scope, b->volumes.items[i].consistency, ccdk_docker_volume_consistency,
                                CCDK_DOCKER_VOLUME_DEFAULT, CCDK_DOCKER_VOLUME_CACHED, "bundling: volumes: consistency");
    }
    return ok;
}

static const ccdk_bundling_options *copy_bundling(ccdk_app *app, const ccdk_bundling_options *b)
{
    ccdk_bundling_options *r = ccdk__alloc(app, sizeof *r);
    *r = *b;
    r->image.image = ccdk__strdup(app, b->image.image ? b->image.image : "");
    r->image.image_hash = b->image.image_hash ? ccdk__strdup(app, b->image.image_hash) : NULL;
    r->working_directory = ccdk__strdup(app, b->working_directory);
    r->user = ccdk__strdup(app, b->user);
    if (CCDK__GIVEN(b->command)) {
        size_t n = CCDK__LEN(b->command, "bundling command");
        const char **cmd = ccdk__alloc(app, (n + 1) * sizeof *cmd);
        for (size_t i = 0; i < n; i++)
            cmd[i] = ccdk__strdup(app, b->command.items[i] ? b->command.items[i] : "");
        r->command = (ccdk_strs){&ccdk__list_mark, cmd, n};
    }
    if (CCDK__GIVEN(b->environment)) {
        size_t n = CCDK__LEN(b->environment, "bundling environment");
        ccdk_kv *env = ccdk__alloc(app, (n + 1) * sizeof *env);
        for (size_t i = 0; i < n; i++) {
            env[i].key = ccdk__strdup(app, b->environment.items[i].key ? b->environment.items[i].key : "");
            env[i].value = ccdk__strdup(app, b->environment.items[i].value ? b->environment.items[i].value : "");
        }
        r->environment = (ccdk_kvs){&ccdk__list_mark, env, n};
    }
    /* the Docker run options are read at synth, when the caller's lists may be gone */
    r->security_opt = ccdk__strdup(app, b->security_opt);
    r->hash_json = ccdk__strdup(app, b->hash_json);
    r->network = ccdk__strdup(app, b->network);
    r->platform = ccdk__strdup(app, b->platform);
    ccdk_strs *lists[] = {&r->entrypoint, &r->volumes_from};
    for (size_t l = 0; l < 2; l++) {
        if (!CCDK__GIVEN(*lists[l]))
            continue;
        size_t n = CCDK__LEN(*lists[l], "bundling entrypoint/volumesFrom");
        const char **items = ccdk__alloc(app, (n + 1) * sizeof *items);
        for (size_t i = 0; i < n; i++)
            items[i] = ccdk__strdup(app, lists[l]->items[i] ? lists[l]->items[i] : "");
        *lists[l] = (ccdk_strs){&ccdk__list_mark, items, n};
    }
    if (CCDK__GIVEN(b->volumes)) {
        size_t n = CCDK__LEN(b->volumes, "bundling volumes");
        ccdk_docker_volume *vols = ccdk__alloc(app, (n + 1) * sizeof *vols);
        for (size_t i = 0; i < n; i++) {
            vols[i] = b->volumes.items[i];
            vols[i].host_path = ccdk__strdup(app, vols[i].host_path);
            vols[i].container_path = ccdk__strdup(app, vols[i].container_path);
        }
        r->volumes = (ccdk_docker_volume_list){&ccdk__list_mark, vols, n};
    }
    return r;
}

int ccdk_fs_fingerprint(const char *path, const ccdk_asset_options *o, char out[65], char **err)
{
    if (err)
        *err = NULL;
    if (!path || !out) {
        if (err)
            *err = strdup("ccdk_fs_fingerprint: path and out are required");
        return -1;
    }
    ccdk__fingerprint_opts opts = {.follow = CCDK_SYMLINK_EXTERNAL, .ignore_mode = CCDK_IGNORE_GLOB};
    const char **exclude = NULL;
    /* no App here: a follow or ignore mode that is none of the constants is this function's error */
    if (o && ((unsigned)o->follow > CCDK_FOLLOW_BLOCK_EXTERNAL || (unsigned)o->ignore_mode > CCDK_IGNORE_MODE_DOCKER)) {
        int bad_follow = (unsigned)o->follow > CCDK_FOLLOW_BLOCK_EXTERNAL;
        char msg[160];
        snprintf(msg, sizeof msg, "ccdk_fs_fingerprint: %s: %d is not a valid %s", bad_follow ? "follow" : "ignoreMode",
                 bad_follow ? (int)o->follow : (int)o->ignore_mode, bad_follow ? "ccdk_symlink_follow_mode" : "ccdk_ignore_mode_t");
        if (err)
            *err = strdup(msg);
        return -1;
    }
    if (o) {
        size_t ne = CCDK__LEN(o->exclude, "exclude");
        if (CCDK__GIVEN(o->exclude)) {
            exclude = calloc(ne + 1, sizeof *exclude);
            if (!exclude)
                abort();
            for (size_t i = 0; i < ne; i++)
                exclude[i] = o->exclude.items[i] ? o->exclude.items[i] : "";
        }
        opts.exclude = exclude;
        switch (o->follow) {
        case CCDK_FOLLOW_NEVER: opts.follow = CCDK_SYMLINK_NEVER; break;
        case CCDK_FOLLOW_ALWAYS: opts.follow = CCDK_SYMLINK_ALWAYS; break;
        case CCDK_FOLLOW_BLOCK_EXTERNAL: opts.follow = CCDK_SYMLINK_BLOCK_EXTERNAL; break;
        default: break;
        }
        opts.ignore_mode = ccdk__ignore_mode_of(o->ignore_mode, CCDK_IGNORE_GLOB);
        opts.extra_hash = o->extra_hash;
    }
    int rc = ccdk__fingerprint(path, &opts, out, err);
    free(exclude);
    return rc;
}

ccdk_lambda_code *ccdk_lambda_code_from_asset(void *scope, const char *path, const ccdk_asset_options *o)
{
    ccdk_lambda_code *c = code_new(scope, CCDK__CODE_ASSET);
    if (!c)
        return NULL;
    ccdk_app *app = c->app;
    if (!path)
        path = "";
    c->empty_path = !*path;
    /* AssetStaging's path.resolve(sourcePath) */
    char resolved[4096];
    snprintf(resolved, sizeof resolved, "%s", path);
    c->path = ccdk__strdup(app, ccdk__path_resolve(resolved, sizeof resolved) == 0 ? resolved : path);
    c->given_path = ccdk__strdup(app, path);
    /* exclude: ".is_custom_resource" first, as AssetStaging does */
    size_t ne = o ? CCDK__LEN(o->exclude, "exclude") : 0;
    const char **ex = ccdk__alloc(app, (ne + 2) * sizeof *ex);
    ex[0] = ".is_custom_resource";
    for (size_t i = 0; i < ne; i++)
        ex[i + 1] = ccdk__strdup(app, o->exclude.items[i] ? o->exclude.items[i] : "");
    ex[ne + 1] = NULL;
    c->opts.exclude = ex;
    c->opts.follow = CCDK_SYMLINK_EXTERNAL;
    c->hash_type = CCDK_ASSET_HASH_SOURCE; /* no options: SOURCE, as with options that give none (the cache key has it) */
    if (o && !asset_enums_ok(ccdk__node_of(scope), o))
        o = NULL; /* an error already: nothing of the options is used */
    if (o) {
        switch (o->follow) {
        case CCDK_FOLLOW_NEVER: c->opts.follow = CCDK_SYMLINK_NEVER; break;
        case CCDK_FOLLOW_ALWAYS: c->opts.follow = CCDK_SYMLINK_ALWAYS; break;
        case CCDK_FOLLOW_BLOCK_EXTERNAL: c->opts.follow = CCDK_SYMLINK_BLOCK_EXTERNAL; break;
        default: break;
        }
        c->opts.ignore_mode = ccdk__ignore_mode_of(o->ignore_mode, CCDK_IGNORE_GLOB);
        c->opts.extra_hash = ccdk__strdup(app, o->extra_hash);
        if (o->source_kms_key)
            c->source_kms_key_arn = ccdk_kms_key_arn(o->source_kms_key);
        c->custom_hash = ccdk__strdup(app, o->asset_hash);
        c->display_name = ccdk__strdup(app, o->display_name);
        c->nreaders = CCDK__LEN(o->readers, "readers");
        if (c->nreaders) {
            c->readers = ccdk__alloc(app, c->nreaders * sizeof *c->readers);
            for (size_t i = 0; i < c->nreaders; i++)
                c->readers[i] = o->readers.items[i];
        }
        if (o->asset_hash_type == CCDK_ASSET_HASH_CUSTOM && !o->asset_hash)
            ccdk__unscoped_error(app, "`assetHash` must be specified when `assetHashType` is set to `AssetHashType.CUSTOM`.");
        if (o->asset_hash && o->asset_hash_type != CCDK_ASSET_HASH_TYPE_UNSET && o->asset_hash_type != CCDK_ASSET_HASH_CUSTOM)
            ccdk__unscoped_error(app, "Cannot specify `%s` for `assetHashType` when `assetHash` is specified. Use `CUSTOM` or leave `undefined`.",
                                 o->asset_hash_type == CCDK_ASSET_HASH_SOURCE ? "source" : "output");
        c->hash_type = o->asset_hash ? CCDK_ASSET_HASH_CUSTOM : o->asset_hash_type ? o->asset_hash_type : CCDK_ASSET_HASH_SOURCE;
        if (o->bundling)
            c->bundling = copy_bundling(app, o->bundling);
        else if (o->asset_hash_type == CCDK_ASSET_HASH_OUTPUT)
            ccdk__unscoped_error(app, "Cannot use `output` hash type when `bundling` is not specified.");
    }
    c->opts.extra_hash = ccdk__asset_extra_hash(ccdk__node_of(scope), c->opts.extra_hash);
    return c;
}

ccdk_lambda_code *ccdk__code_from_memory(void *scope, const ccdk__memfile *files, size_t nfiles)
{
    ccdk_lambda_code *c = code_new(scope, CCDK__CODE_ASSET);
    if (!c)
        return NULL;
    c->path = "/ccdk-embedded-asset";
    c->mem = files;
    c->nmem = nfiles;
    c->is_dir = 1;
    c->opts.follow = CCDK_SYMLINK_EXTERNAL;
    c->opts.extra_hash = ccdk__asset_extra_hash(ccdk__node_of(scope), NULL);
    return c;
}

static const ccdk__kind kind_asset = {.fqn = "aws-cdk-lib.aws_s3_assets.Asset"};
/* the asset's bucket, s3.Bucket.fromBucketName(this, "AssetBucket", ...): an imported BucketBase */
static const ccdk__kind kind_asset_bucket = {.fqn = "aws-cdk-lib.aws_s3.BucketBase", .class_name = "Import"};
static const ccdk__kind kind_stage = {.fqn = "aws-cdk-lib.AssetStaging"};

/* The Asset's constructor, after addFileAsset: this.bucket = s3.Bucket.fromBucketAttributes(this,
 * 'AssetBucket', {bucketName}) and `for (const reader of props.readers ?? []) this.grantRead(reader)`
 * (bucket.grantRead: the bucket and its objects). Only with readers: without, the bucket is the
 * bare node made with the Stage, which writes the same tree. */
static void asset_bucket_readers(ccdk_lambda_code *c, ccdk__node *asset, const ccdk__asset_location *loc)
{
    if (!c->nreaders)
        return;
    ccdk_s3_bucket *bucket =
        ccdk_s3_bucket_from_bucket_name(asset, "AssetBucket", ccdk__token_str(c->app, loc->bucket_name));
    for (size_t i = 0; i < c->nreaders; i++) {
        if (!c->readers[i]) {
            ccdk__error(asset, "readers: a NULL principal");
            continue;
        }
        ccdk_s3_bucket_grant_read(bucket, c->readers[i], NULL);
    }
}

/* The asset staged at loc: the Code value {S3Bucket, S3Key}, kept for the next binds (this.asset),
 * and the resource's asset metadata */
static void asset_bound(ccdk_lambda_code *c, ccdk_value *v, const ccdk__asset_location *loc, ccdk_cfn_resource *res,
                        const char *property)
{
    ccdk__v_set(v, "S3Bucket", loc->bucket_name);
    ccdk__v_set(v, "S3Key", loc->object_key);
    c->staged_name = loc->staged_name;
    c->bound_location = v;
    if (res)
        ccdk__code_bind_to_resource(c, res, property);
}

/* AssetStaging.assetCache (the value kept per key: the hash and the options of the first staging) */
struct staged_src {
    char hash[65];
    const ccdk__fingerprint_opts *opts;
};

int ccdk__asset_staged_hash(ccdk_app *app, const ccdk__buf *key, const char *path, const ccdk__fingerprint_opts *opts,
                            const char *custom_hash, ccdk__node *err_node, char hash[65],
                            const ccdk__fingerprint_opts **staged_opts, int early)
{
    struct staged_src val;
    size_t vlen = 0;
    const struct staged_src *hit = ccdk__asset_cache_get(app, key->data, key->len, &vlen);
    if (hit && vlen == sizeof val) {
        memcpy(&val, hit, sizeof val);
    } else {
        memset(&val, 0, sizeof val);
        val.opts = opts;
        /* the copy (staged with these options: the first staging's) goes on while it is hashed */
        void *copy = early ? ccdk__spec_copy_start(err_node, path, opts) : NULL;
        if (custom_hash) {
            ccdk__fingerprint_custom_hash(custom_hash, val.hash);
        } else {
            char *err = NULL;
            if (ccdk__fingerprint(path, opts, val.hash, &err) != 0) {
                ccdk__spec_copy_named(app, copy, NULL);
                ccdk__error(err_node, "%s", err ? err : "fingerprint failed");
                free(err);
                return -1;
            }
        }
        ccdk__spec_copy_named(app, copy, val.hash);
        ccdk__asset_cache_put(app, key->data, key->len, &val, sizeof val);
    }
    memcpy(hash, val.hash, sizeof val.hash);
    *staged_opts = val.opts;
    return 0;
}

int ccdk__code_check_symlinks(ccdk_lambda_code *c, const char *dir, ccdk__node *scope)
{
    if (c->opts.follow != CCDK_SYMLINK_BLOCK_EXTERNAL)
        return 0;
    /* validateInternalSymlinks ignores by the user's exclude (IgnoreStrategy.fromCopyOptions(props)):
     * the ".is_custom_resource" AssetStaging prepends (c->opts.exclude[0]) is for the fingerprint and
     * the copy only, so a link of that name is an error too */
    ccdk__fingerprint_opts user_opts = c->opts;
    user_opts.exclude = c->opts.exclude + 1;
    char *err = NULL;
    if (ccdk__validate_internal_symlinks(dir, &user_opts, &err) != 0) {
        ccdk__error(scope, "%s", err ? err : "");
        free(err);
        return -1;
    }
    /* checked with fewer excludes than the copy's: staging need not walk the directory again (the
     * source's, or a bundle's output, which is checked the same before it is staged) */
    c->opts.symlinks_checked = 1;
    return 0;
}

ccdk_value *ccdk__code_bind(ccdk_lambda_code *c, ccdk__node *scope, ccdk_cfn_resource *res, const char *property,
                            int is_layer)
{
    ccdk_app *app = scope->app;
    ccdk_value *v = ccdk__v_obj(app);
    switch (c->kind) {
    case CCDK__CODE_INLINE:
        if (is_layer) {
            ccdk__error(scope, "Inline code is not supported for AWS Lambda layers");
            break;
        }
        /* CfnFunction's Code order; a storage mode or key only comes with a config (ccdk_lambda_code_new) */
        if (c->s3_object_storage_mode)
            ccdk__v_set(v, "S3ObjectStorageMode", ccdk__v_str(app, c->s3_object_storage_mode));
        if (c->source_kms_key_arn)
            ccdk__v_set(v, "SourceKMSKeyArn", ccdk__v_from_string(app, c->source_kms_key_arn));
        ccdk__v_set(v, "ZipFile", ccdk__v_from_string(app, c->inline_code));
        break;
    case CCDK__CODE_BUCKET:
        ccdk__v_set(v, "S3Bucket", ccdk__v_from_string(app, c->bucket));
        ccdk__v_set(v, "S3Key", ccdk__v_from_string(app, c->key));
        if (c->s3_object_storage_mode) /* a function's Code and a layer's Content both take it */
            ccdk__v_set(v, "S3ObjectStorageMode", ccdk__v_str(app, c->s3_object_storage_mode));
        if (c->object_version)
            ccdk__v_set(v, "S3ObjectVersion", ccdk__v_from_string(app, c->object_version));
        if (c->source_kms_key_arn && !is_layer) /* a layer's Content has no key: S3CodeV2's is dropped there */
            ccdk__v_set(v, "SourceKMSKeyArn", ccdk__v_from_string(app, c->source_kms_key_arn));
        if (c->inline_code && !is_layer) /* a config's inline code of "" (ccdk_lambda_code_new) */
            ccdk__v_set(v, "ZipFile", ccdk__v_from_string(app, c->inline_code));
        break;
    case CCDK__CODE_CFN_PARAMS: {
        /* each parameter not given is made under the first function or layer bound */
        ccdk_cfn_parameter_props pp = {.type = "String"};
        if (!c->bucket_param)
            c->bucket_param = ccdk_cfn_parameter_new(scope, "LambdaSourceBucketNameParameter", &pp);
        if (!c->key_param)
            c->key_param = ccdk_cfn_parameter_new(scope, "LambdaSourceObjectKeyParameter", &pp);
        ccdk__v_set(v, "S3Bucket", ccdk__v_str(app, ccdk_cfn_parameter_value_as_string(c->bucket_param)));
        ccdk__v_set(v, "S3Key", ccdk__v_str(app, ccdk_cfn_parameter_value_as_string(c->key_param)));
        if (c->source_kms_key_arn && !is_layer)
            ccdk__v_set(v, "SourceKMSKeyArn", ccdk__v_from_string(app, c->source_kms_key_arn));
        break;
    }
    case CCDK__CODE_ASSET: {
        ccdk_stack *stack = scope->stack;
        if (c->bound_stack && c->bound_stack != stack) {
            ccdk__error(scope, "Asset is already associated with another stack '%s'. Create a new Code instance for every stack.",
                        c->bound_stack->stack_name);
            break;
        }
        c->bound_stack = stack;
        if (c->bound_location) {
            /* AssetCode.bind: the Asset is made once (`if (!this.asset)`), at the first function */
            ccdk__v_set(v, "S3Bucket", ccdk__v_get(c->bound_location, "S3Bucket"));
            ccdk__v_set(v, "S3Key", ccdk__v_get(c->bound_location, "S3Key"));
            if (res)
                ccdk__code_bind_to_resource(c, res, property);
            break;
        }
        ccdk__node *asset = ccdk__alloc(app, sizeof(ccdk__node));
        ccdk__node_init(asset, &kind_asset, scope, "Code");
        if (c->empty_path) {
            ccdk__error(asset, "Asset path cannot be empty");
            break;
        }
        ccdk__node *stage = ccdk__alloc(app, sizeof(ccdk__node));
        ccdk__node_init(stage, &kind_stage, asset, "Stage");
        if (!c->nreaders) /* with readers: asset_bucket_readers, once the bucket's name is known */
            ccdk__node_init(ccdk__alloc(app, sizeof(ccdk__node)), &kind_asset_bucket, asset, "AssetBucket");
        if (app->orphan_stack)
            break; /* a construct of a bad scope (never synthesized): nothing is hashed or bundled */
        if (c->mem) {
            char mhash[65];
            ccdk__fingerprint_memory(c->mem, c->nmem, &c->opts, mhash);
            c->hash = ccdk__strdup(app, mhash);
            const char *mdisplay = ccdk__sprintf(app, "%s", asset->path + strlen(stack->node.path) + 1);
            ccdk__asset_location mloc = ccdk__stack_add_memory_asset(stack, c->hash, c->mem, c->nmem, mdisplay);
            asset_bound(c, v, &mloc, res, property);
            break;
        }
        struct stat st;
        if (stat(c->path, &st) != 0) {
            ccdk__error(asset, "Cannot find asset at %s", c->path);
            break;
        }
        c->is_dir = S_ISDIR(st.st_mode);
        /* AssetStaging's constructor: with BLOCK_EXTERNAL, a directory's external symlink is a
         * ValidationError on the Asset (its scope) before anything is hashed, bundled or staged */
        if (c->is_dir && ccdk__code_check_symlinks(c, c->path, asset) != 0)
            break;
        if (c->bundling) {
            const char *bdisplay = c->display_name ? c->display_name
                                                   : ccdk__sprintf(app, "%s", asset->path + strlen(stack->node.path) + 1);
            ccdk__asset_location bloc;
            int is_archive = 1;
            if (ccdk__code_stage_bundled(c, stack, stage, bdisplay, &bloc, &is_archive) != 0)
                break;
            asset_bucket_readers(c, asset, &bloc);
            if (!is_archive) { /* AssetCode.bind: the Asset's isZipArchive (false for a SINGLE_FILE bundle) */
                ccdk__error(scope, "Asset must be a .zip file or a directory (%s)", c->given_path ? c->given_path : c->path);
                break;
            }
            asset_bound(c, v, &bloc, res, property);
            break;
        }
        const ccdk__fingerprint_opts *stage_opts = &c->opts;
        if (!c->hash) {
            /* AssetStaging.assetCache: the first staging of this key in the App is reused. Its key
             * (calculateCacheKey) is the source path, assetHashType, the custom hash, extraHash,
             * exclude and ignoreMode -- not `follow`: two assets of one directory that differ only
             * in their follow mode share the first one's hash and copy, as in aws-cdk-lib. */
            ccdk__buf key = {0};
            ccdk__buf_puts(&key, "code-asset\n");
            ccdk__asset_key_put(&key, c->path);
            ccdk__buf_printf(&key, "t%d", (int)c->hash_type);
            ccdk__asset_key_put(&key, c->custom_hash);
            ccdk__asset_key_opts(&key, &c->opts, 0);
            char hash[65];
            int rc = ccdk__asset_staged_hash(app, &key, c->path, &c->opts, c->custom_hash, asset, hash, &stage_opts,
                                             c->is_dir || ccdk__asset_ext_is_archive(c->path));
            ccdk__buf_free(&key);
            if (rc != 0)
                break;
            c->hash = ccdk__strdup(app, hash);
        }
        if (!c->is_dir && !ccdk__asset_ext_is_archive(c->path)) {
            ccdk__error(scope, "Asset must be a .zip file or a directory (%s)", c->given_path ? c->given_path : c->path);
            break;
        }
        const char *display = c->display_name ? c->display_name
                                              : ccdk__sprintf(app, "%s", asset->path + strlen(stack->node.path) + 1);
        ccdk__asset_location loc = ccdk__stack_add_file_asset(stack, c->hash, c->path, c->is_dir, display, stage_opts);
        asset_bucket_readers(c, asset, &loc);
        asset_bound(c, v, &loc, res, property);
        break;
    }
    }
    /* AssetCode.bind's sourceKMSKeyArn (AssetCodeOptions.sourceKMSKey), after S3Key; a layer's
     * Content has none */
    if (c->kind == CCDK__CODE_ASSET && c->source_kms_key_arn && !is_layer && ccdk__v_get(v, "S3Key"))
        ccdk__v_set(v, "SourceKMSKeyArn", ccdk__v_from_string(app, c->source_kms_key_arn));
    return v;
}

/* The resource's name property (FunctionName, LayerName) when it is a literal, else NULL (absent,
 * or a token: Token.isUnresolved) */
static const char *literal_name(ccdk_cfn_resource *res, const char *prop)
{
    const ccdk_value *v = ccdk__res_get(res, prop);
    if (!v || v->kind != CCDK__V_STR || ccdk__is_unresolved(v->u.str.s))
        return NULL;
    return v->u.str.s;
}

/* S3CodeV2.bindToResource with S3ObjectStorageMode.REFERENCE: Lambda reads the object where it is,
 * so the bucket policy (and the policy of the key the bucket encrypts with) lets the Lambda service
 * read it, for this account's functions or layers, and the resource waits for those policies. */
static void bind_s3_reference(ccdk_lambda_code *c, ccdk_cfn_resource *res)
{
    ccdk__node *rn = &res->el.node;
    ccdk_app *app = rn->app;
    ccdk_stack *stack = rn->stack;
    const char *type = ccdk_cfn_resource_type(res);
    int is_function = !strcmp(type, "AWS::Lambda::Function");
    if (!is_function && strcmp(type, "AWS::Lambda::LayerVersion"))
        return;
    const char *name = literal_name(res, is_function ? "FunctionName" : "LayerName");
    const char *source_arn = ccdk_stack_format_arn(stack, "lambda", is_function ? "function" : "layer", ":",
                                                   name ? name : "*");
    if (!name)
        ccdk__warning(rn, "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn",
                      "To avoid a circular dependency between the S3 bucket policy and the Lambda resource during "
                      "deployment, a wildcard is used in the aws:SourceArn condition to match all Lambda %s in this "
                      "account (access is still limited to this account via aws:SourceAccount).\nIt is strongly "
                      "recommended to further scope down the policy by specifying an explicit %s, following the "
                      "guidance in the \"Self-managed S3 code storage\" section of the module README.",
                      is_function ? "functions" : "layers", is_function ? "functionName" : "layerVersionName");
    ccdk_iam_principal *lambda_service = ccdk_iam_service_principal(rn, "lambda.amazonaws.com");
    /* {StringEquals: {aws:SourceAccount[, kms:ViaService]}, ArnLike: {aws:SourceArn}} */
    ccdk_value *conditions[2];
    for (int i = 0; i < 2; i++) {
        ccdk_value *eq = ccdk__v_obj(app), *like = ccdk__v_obj(app);
        ccdk__v_set(eq, "aws:SourceAccount", ccdk__v_str(app, ccdk_stack_account(stack)));
        if (i == 1)
            ccdk__v_set(eq, "kms:ViaService",
                        ccdk__v_str(app, ccdk_fmt(rn, "s3.%s.amazonaws.com", ccdk_stack_region(stack))));
        ccdk__v_set(like, "aws:SourceArn", ccdk__v_str(app, source_arn));
        conditions[i] = ccdk__v_obj(app);
        ccdk__v_set(conditions[i], "StringEquals", eq);
        ccdk__v_set(conditions[i], "ArnLike", like);
    }
    ccdk_s3_bucket *bucket = c->s3_bucket;
    ccdk_iam_policy_statement *read = ccdk_iam_policy_statement_new(rn, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject", "s3:GetObjectVersion"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(bucket, c->key)),
        .principals = CCDK_LIST(lambda_service),
        .conditions = conditions[0],
    });
    if (ccdk_s3_bucket_add_to_resource_policy(bucket, read)) {
        if (ccdk_s3_bucket_policy(bucket))
            ccdk_node_add_dependency(res, ccdk_s3_bucket_policy(bucket));
    } else {
        ccdk__warning(rn, "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy",
                      "Cannot update the policy of an imported bucket for S3ObjectStorageMode.REFERENCE. Grant the "
                      "lambda.amazonaws.com service principal s3:GetObject and s3:GetObjectVersion on the referenced "
                      "object manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html "
                      "for the required policy.");
    }
    ccdk_kms_key *key = ccdk_s3_bucket_encryption_key(bucket);
    if (!key)
        return;
    ccdk_iam_policy_statement *decrypt = ccdk_iam_policy_statement_new(rn, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kms:Decrypt"),
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(lambda_service),
        .conditions = conditions[1],
    });
    if (ccdk_kms_key_add_to_resource_policy(key, decrypt))
        ccdk_node_add_dependency(res, key);
    else
        ccdk__warning(rn, "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedKeyPolicy",
                      "Cannot update the policy of the KMS key encrypting the code bucket for "
                      "S3ObjectStorageMode.REFERENCE. Grant the lambda.amazonaws.com service principal kms:Decrypt on "
                      "that key manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html "
                      "for the required policy.");
}

void ccdk__code_bind_to_resource(ccdk_lambda_code *c, ccdk_cfn_resource *res, const char *property)
{
    if (c->kind == CCDK__CODE_BUCKET && c->s3_bucket) {
        bind_s3_reference(c, res);
        return;
    }
    if (c->kind != CCDK__CODE_ASSET || !c->staged_name)
        return;
    ccdk_app *app = res->el.node.app;
    ccdk_value *am = ccdk__node_context(&res->el.node, "aws:cdk:enable-asset-metadata");
    if (am && ccdk__truthy(am)) { /* "0" is on, "" and 0 off, as in JavaScript */
        ccdk_cfn_resource_add_metadata(res, "aws:asset:path", ccdk__v_str(app, c->staged_name));
        ccdk_cfn_resource_add_metadata(res, "aws:asset:is-bundled", ccdk__v_bool(app, c->bundling != NULL));
        ccdk_cfn_resource_add_metadata(res, "aws:asset:property", ccdk__v_str(app, property));
    }
}

