/* function.c - lambda.Function: the CfnFunction and its role, environment, layers, tracing,
 * dead-letter queue, async invoke config; imported functions; permissions and grants. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/sns.h"
#include "ccdk/sqs.h"
#include "lambda_internal.h"

static const ccdk__kind kind_function = {.fqn = "aws-cdk-lib.aws_lambda.Function"};
static const ccdk__kind kind_imported = {.fqn = "aws-cdk-lib.aws_lambda.FunctionBase"};

ccdk__fnbase *ccdk__fnbase_of(const void *handle)
{
    ccdk__node *n = ccdk__node_of(handle);
    if (!n)
        return NULL;
    ccdk__fnbase *fb = (ccdk__fnbase *)n;
    if (fb->fn_magic != CCDK__FN_MAGIC) {
        ccdk__error(n, "Expected a Lambda function, version or alias, got %s", n->kind->fqn);
        return NULL;
    }
    return fb;
}

void ccdk__fnbase_init(ccdk__fnbase *fb, const ccdk__kind *kind, void *scope, const char *id, int fkind)
{
    ccdk__node_init(&fb->node, kind, scope, id);
    fb->fn_magic = CCDK__FN_MAGIC;
    fb->fkind = fkind;
}

/* ------------------------------------------------------------------ Code */

static ccdk_lambda_code *code_new(void *scope, ccdk__code_kind k)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!app)
        return NULL;
    ccdk_lambda_code *c = ccdk__alloc(app, sizeof *c);
    c->app = app;
    c->kind = k;
    return c;
}

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

ccdk_lambda_code *ccdk_lambda_code_from_bucket(void *scope, const char *bucket, const char *key, const char *version)
{
    ccdk_lambda_code *c = code_new(scope, CCDK__CODE_BUCKET);
    if (!c)
        return NULL;
    if (!bucket)
        ccdk__error(scope, "bucketName is undefined for the provided bucket");
    c->bucket = ccdk__strdup(c->app, bucket ? bucket : "");
    c->key = ccdk__strdup(c->app, key ? key : "");
    c->object_version = ccdk__strdup(c->app, version);
    return c;
}

ccdk_lambda_code *ccdk_lambda_code_from_cfn_parameters(void *scope) { return code_new(scope, CCDK__CODE_CFN_PARAMS); }

static const ccdk_bundling_options *copy_bundling(ccdk_app *app, const ccdk_bundling_options *b)
{
    ccdk_bundling_options *r = ccdk__alloc(app, sizeof *r);
    *r = *b;
    r->image = ccdk__strdup(app, b->image ? b->image : "");
    r->image_hash = b->image_hash ? ccdk__strdup(app, b->image_hash) : NULL;
    r->working_directory = ccdk__strdup(app, b->working_directory);
    r->user = ccdk__strdup(app, b->user);
    if (b->command) {
        size_t n = 0;
        while (b->command[n])
            n++;
        const char **cmd = ccdk__alloc(app, (n + 1) * sizeof *cmd);
        for (size_t i = 0; i < n; i++)
            cmd[i] = ccdk__strdup(app, b->command[i]);
        r->command = cmd;
    }
    if (b->environment) {
        size_t n = 0;
        while (b->environment[n].key)
            n++;
        ccdk_kv *env = ccdk__alloc(app, (n + 1) * sizeof *env);
        for (size_t i = 0; i < n; i++) {
            env[i].key = ccdk__strdup(app, b->environment[i].key);
            env[i].value = ccdk__strdup(app, b->environment[i].value ? b->environment[i].value : "");
        }
        r->environment = env;
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
    ccdk__fingerprint_opts opts = {NULL, CCDK_SYMLINK_EXTERNAL, CCDK_IGNORE_GLOB, NULL};
    if (o) {
        opts.exclude = o->exclude;
        switch (o->follow) {
        case CCDK_FOLLOW_NEVER: opts.follow = CCDK_SYMLINK_NEVER; break;
        case CCDK_FOLLOW_ALWAYS: opts.follow = CCDK_SYMLINK_ALWAYS; break;
        case CCDK_FOLLOW_BLOCK_EXTERNAL: opts.follow = CCDK_SYMLINK_BLOCK_EXTERNAL; break;
        default: break;
        }
        opts.ignore_mode = (ccdk_ignore_mode)o->ignore_mode;
        opts.extra_hash = o->extra_hash;
    }
    return ccdk__fingerprint(path, &opts, out, err);
}

ccdk_lambda_code *ccdk_lambda_code_from_asset(void *scope, const char *path, const ccdk_asset_options *o)
{
    ccdk_lambda_code *c = code_new(scope, CCDK__CODE_ASSET);
    if (!c)
        return NULL;
    ccdk_app *app = c->app;
    if (!path)
        path = "";
    if (path[0] == '/') {
        c->path = ccdk__strdup(app, path);
    } else {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd))
            cwd[0] = 0;
        c->path = ccdk__sprintf(app, "%s/%s", cwd, path);
    }
    /* normalise "a/./b" and trailing slashes as path.resolve does */
    char *p = (char *)c->path;
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/')
        p[--n] = 0;
    if (n >= 2 && p[n - 1] == '.' && p[n - 2] == '/')
        p[n - 2] = 0;
    /* exclude: ".is_custom_resource" first, as AssetStaging does */
    size_t ne = 0;
    while (o && o->exclude && o->exclude[ne])
        ne++;
    const char **ex = ccdk__alloc(app, (ne + 2) * sizeof *ex);
    ex[0] = ".is_custom_resource";
    for (size_t i = 0; i < ne; i++)
        ex[i + 1] = ccdk__strdup(app, o->exclude[i]);
    c->opts.exclude = ex;
    c->opts.follow = CCDK_SYMLINK_EXTERNAL;
    if (o) {
        switch (o->follow) {
        case CCDK_FOLLOW_NEVER: c->opts.follow = CCDK_SYMLINK_NEVER; break;
        case CCDK_FOLLOW_ALWAYS: c->opts.follow = CCDK_SYMLINK_ALWAYS; break;
        case CCDK_FOLLOW_BLOCK_EXTERNAL: c->opts.follow = CCDK_SYMLINK_BLOCK_EXTERNAL; break;
        default: break;
        }
        c->opts.ignore_mode = (ccdk_ignore_mode)o->ignore_mode;
        c->opts.extra_hash = ccdk__strdup(app, o->extra_hash);
        c->custom_hash = ccdk__strdup(app, o->asset_hash);
        if (o->asset_hash_type == CCDK_ASSET_HASH_CUSTOM && !o->asset_hash)
            ccdk__unscoped_error(app, "`assetHash` must be specified when `assetHashType` is set to `AssetHashType.CUSTOM`.");
        if (o->asset_hash && o->asset_hash_type != CCDK_ASSET_HASH_SOURCE && o->asset_hash_type != CCDK_ASSET_HASH_CUSTOM)
            ccdk__unscoped_error(app, "Cannot specify `%s` for `assetHashType` when `assetHash` is specified. Use `CUSTOM` or leave `undefined`.",
                                 "output");
        c->hash_type = o->asset_hash ? CCDK_ASSET_HASH_CUSTOM : o->asset_hash_type;
        if (o->bundling)
            c->bundling = copy_bundling(app, o->bundling);
        else if (o->asset_hash_type == CCDK_ASSET_HASH_OUTPUT)
            ccdk__unscoped_error(app, "Cannot use `output` hash type when `bundling` is not specified.");
    }
    ccdk_value *salt = ccdk__node_context(ccdk__node_of(scope), "@aws-cdk/core:assetHashSalt");
    if (salt && salt->kind == CCDK__V_STR)
        c->opts.extra_hash = ccdk__sprintf(app, "%s%s", c->opts.extra_hash ? c->opts.extra_hash : "", salt->u.str.s);
    return c;
}

static const ccdk__kind kind_asset = {.fqn = "aws-cdk-lib.aws_s3_assets.Asset"};
static const ccdk__kind kind_stage = {.fqn = "aws-cdk-lib.AssetStaging"};

/* AssetStaging.isArchive: what Code.fromAsset accepts besides a directory. */
static int path_is_zip(const char *p)
{
    static const char *const exts[] = {".zip", ".jar", ".tar", ".tgz", ".tar.gz", NULL};
    size_t n = strlen(p);
    for (const char *const *e = exts; *e; e++) {
        size_t k = strlen(*e);
        if (n >= k && !strcasecmp(p + n - k, *e))
            return 1;
    }
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
        ccdk__v_set(v, "ZipFile", ccdk__v_from_string(app, c->inline_code));
        break;
    case CCDK__CODE_BUCKET:
        ccdk__v_set(v, "S3Bucket", ccdk__v_from_string(app, c->bucket));
        ccdk__v_set(v, "S3Key", ccdk__v_from_string(app, c->key));
        if (c->object_version)
            ccdk__v_set(v, "S3ObjectVersion", ccdk__v_from_string(app, c->object_version));
        break;
    case CCDK__CODE_CFN_PARAMS: {
        if (!c->bucket_param) {
            ccdk_cfn_parameter_props pp = {.type = "String"};
            c->bucket_param = ccdk_cfn_parameter_new(scope, "LambdaSourceBucketNameParameter", &pp);
            c->key_param = ccdk_cfn_parameter_new(scope, "LambdaSourceObjectKeyParameter", &pp);
        }
        ccdk__v_set(v, "S3Bucket", ccdk__v_str(app, ccdk_cfn_parameter_value_as_string(c->bucket_param)));
        ccdk__v_set(v, "S3Key", ccdk__v_str(app, ccdk_cfn_parameter_value_as_string(c->key_param)));
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
        ccdk__node *asset = ccdk__alloc(app, sizeof(ccdk__node));
        ccdk__node_init(asset, &kind_asset, scope, "Code");
        ccdk__node *stage = ccdk__alloc(app, sizeof(ccdk__node));
        ccdk__node_init(stage, &kind_stage, asset, "Stage");
        struct stat st;
        if (stat(c->path, &st) != 0) {
            ccdk__error(asset, "Cannot find asset at %s", c->path);
            break;
        }
        c->is_dir = S_ISDIR(st.st_mode);
        if (c->bundling) {
            const char *bdisplay = ccdk__sprintf(app, "%s", asset->path + strlen(stack->node.path) + 1);
            ccdk__asset_location bloc;
            if (ccdk__code_stage_bundled(c, stack, stage, bdisplay, &bloc) != 0)
                break;
            ccdk__v_set(v, "S3Bucket", bloc.bucket_name);
            ccdk__v_set(v, "S3Key", bloc.object_key);
            c->staged_name = bloc.staged_name;
            if (res)
                ccdk__code_bind_to_resource(c, res, property);
            break;
        }
        if (!c->hash) {
            char h[65];
            if (c->custom_hash) {
                ccdk__fingerprint_custom_hash(c->custom_hash, h);
            } else {
                char *err = NULL;
                if (ccdk__fingerprint(c->path, &c->opts, h, &err) != 0) {
                    ccdk__error(asset, "%s", err ? err : "fingerprint failed");
                    free(err);
                    break;
                }
            }
            c->hash = ccdk__strdup(app, h);
        }
        if (!c->is_dir && !path_is_zip(c->path)) {
            ccdk__error(scope, "Asset must be a .zip file or a directory (%s)", c->path);
            break;
        }
        const char *display = ccdk__sprintf(app, "%s", asset->path + strlen(stack->node.path) + 1);
        ccdk__asset_location loc = ccdk__stack_add_file_asset(stack, c->hash, c->path, c->is_dir, display, &c->opts);
        ccdk__v_set(v, "S3Bucket", loc.bucket_name);
        ccdk__v_set(v, "S3Key", loc.object_key);
        c->staged_name = loc.staged_name;
        if (res)
            ccdk__code_bind_to_resource(c, res, property);
        break;
    }
    }
    return v;
}

void ccdk__code_bind_to_resource(ccdk_lambda_code *c, ccdk_cfn_resource *res, const char *property)
{
    if (c->kind != CCDK__CODE_ASSET || !c->staged_name)
        return;
    ccdk_app *app = res->el.node.app;
    ccdk_value *am = ccdk__node_context(&res->el.node, "aws:cdk:enable-asset-metadata");
    if (am && !(am->kind == CCDK__V_BOOL && !am->u.b) && am->kind != CCDK__V_NULL) {
        ccdk_cfn_resource_add_metadata(res, "aws:asset:path", ccdk__v_str(app, c->staged_name));
        ccdk_cfn_resource_add_metadata(res, "aws:asset:is-bundled", ccdk__v_bool(app, c->bundling != NULL));
        ccdk_cfn_resource_add_metadata(res, "aws:asset:property", ccdk__v_str(app, property));
    }
}

/* ------------------------------------------------------------------ Function */

static ccdk_value *env_lazy(void *ctx)
{
    ccdk_lambda_function *fn = ctx;
    ccdk_app *app = fn->base.node.app;
    if (fn->nenv == 0)
        return ccdk__v_undef(app);
    ccdk__env_entry *e = fn->env;
    ccdk__env_entry *sorted = NULL;
    if (fn->current_version) {
        sorted = malloc(fn->nenv * sizeof *sorted);
        memcpy(sorted, fn->env, fn->nenv * sizeof *sorted);
        for (size_t i = 1; i < fn->nenv; i++) /* insertion sort by key (JS default sort) */
            for (size_t k = i; k > 0 && strcmp(sorted[k - 1].key, sorted[k].key) > 0; k--) {
                ccdk__env_entry t = sorted[k];
                sorted[k] = sorted[k - 1];
                sorted[k - 1] = t;
            }
        e = sorted;
    }
    ccdk_value *vars = ccdk__v_obj(app);
    for (size_t i = 0; i < fn->nenv; i++)
        ccdk__v_set(vars, e[i].key, ccdk__v_from_string(app, e[i].value));
    free(sorted);
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "Variables", vars);
    return o;
}

static int cmp_layer_path(const void *a, const void *b)
{
    const ccdk_lambda_layer_version *x = *(ccdk_lambda_layer_version *const *)a;
    const ccdk_lambda_layer_version *y = *(ccdk_lambda_layer_version *const *)b;
    return strcmp(x->node.path, y->node.path);
}

/* Function.renderLayers: with recognizeLayerVersion the layer objects are sorted as JS sorts them,
 * by String(layer), which is the construct path. */
static ccdk_value *layers_lazy(void *ctx)
{
    ccdk_lambda_function *fn = ctx;
    ccdk_app *app = fn->base.node.app;
    if (fn->nlayers == 0)
        return ccdk__v_undef(app);
    ccdk_lambda_layer_version *sorted[5];
    memcpy(sorted, fn->layers, fn->nlayers * sizeof *sorted);
    if (ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:recognizeLayerVersion"))
        qsort(sorted, fn->nlayers, sizeof *sorted, cmp_layer_path);
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < fn->nlayers; i++)
        ccdk__v_push(l, ccdk__v_from_string(app, sorted[i]->arn));
    return l;
}

ccdk_lambda_layer_version **ccdk__function_layers(ccdk_lambda_function *fn, size_t *count)
{
    ccdk_lambda_layer_version **out = malloc((fn->nlayers + 1) * sizeof *out);
    if (!out)
        abort();
    memcpy(out, fn->layers, fn->nlayers * sizeof *out);
    *count = fn->nlayers;
    return out;
}

static const char *const reserved_env[] = {
    "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR", NULL};

void ccdk_lambda_function_add_environment(ccdk_lambda_function *fn, const char *key, const char *value)
{
    if (!fn || !key)
        return;
    for (const char *const *r = reserved_env; *r; r++)
        if (!strcmp(*r, key)) {
            ccdk__error(fn, "%s environment variable is reserved by the lambda runtime and can not be set manually. See "
                            "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
                        key);
            return;
        }
    ccdk_app *app = fn->base.node.app;
    for (size_t i = 0; i < fn->nenv; i++)
        if (!strcmp(fn->env[i].key, key)) {
            fn->env[i].value = ccdk__strdup(app, value ? value : "");
            return;
        }
    if (fn->nenv == fn->capenv)
        fn->env = ccdk__arena_grow(app, fn->env, fn->nenv, &fn->capenv, sizeof *fn->env, 4);
    fn->env[fn->nenv].key = ccdk__strdup(app, key);
    fn->env[fn->nenv].value = ccdk__strdup(app, value ? value : "");
    fn->nenv++;
}

void ccdk_lambda_function_add_to_role_policy(ccdk_lambda_function *fn, ccdk_iam_policy_statement *s)
{
    if (!fn || !s || !fn->base.role)
        return;
    if (ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy")) {
        char id[64];
        snprintf(id, sizeof id, "inlinePolicyAddedToExecutionRole-%d", fn->policy_counter++);
        ccdk_iam_policy_statement *list[] = {s, NULL};
        ccdk_iam_policy_props pp = {.statements = list};
        ccdk_iam_policy *p = ccdk_iam_policy_new(fn, id, &pp);
        ccdk_iam_policy_attach_to_role(p, fn->base.role);
        return;
    }
    ccdk__role_add_to_principal_policy(fn->base.role, s);
}

ccdk_lambda_function *ccdk_lambda_function_new(void *scope, const char *id, const ccdk_lambda_function_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!app)
        return NULL;
    ccdk_lambda_function *fn = ccdk__alloc(app, sizeof *fn);
    ccdk__fnbase_init(&fn->base, &kind_function, scope, id, CCDK__FN_FUNCTION);
    fn->base.can_create_permissions = 1;
    fn->base.lambda = fn;
    fn->hash_mixins = ccdk__v_list(app);
    static const ccdk_lambda_function_props empty;
    if (!props)
        props = &empty;
    fn->runtime = props->runtime;
    fn->code = props->code;
    fn->timeout = props->timeout;
    if (props->current_version_options) {
        fn->current_version_options = *props->current_version_options;
        fn->has_current_version_options = 1;
    }
    if (!props->runtime)
        ccdk__error(fn, "runtime is required");
    if (!props->handler)
        ccdk__error(fn, "handler is required");
    if (!props->code)
        ccdk__error(fn, "code is required");
    /* aws-cdk-lib validates a truthy functionName only: "" is written as it is (found by
     * tests/fuzz/fuzz_ids; CloudFormation rejects it at deploy, as with aws-cdk-lib) */
    if (props->function_name && *props->function_name && !ccdk__is_unresolved(props->function_name)) {
        size_t n = strlen(props->function_name);
        if (n > 64)
            ccdk__error(fn, "Function name can not be longer than 64 characters but has %zu characters.", n);
        int ok = 1;
        for (const char *p = props->function_name; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
                ok = 0;
        if (!ok)
            ccdk__error(fn, "Function name %s can contain only letters, numbers, hyphens, or underscores with no spaces.",
                        props->function_name);
    }
    if (props->description && !ccdk__is_unresolved(props->description)) {
        /* JS length counts UTF-16 code units */
        size_t n = 0;
        for (const unsigned char *p = (const unsigned char *)props->description; *p; p++)
            n += (*p & 0xC0) != 0x80 ? ((*p & 0xF8) == 0xF0 ? 2 : 1) : 0;
        if (n > 256)
            ccdk__error(fn, "Function description can not be longer than 256 characters but has %zu characters.", n);
    }
    /* role */
    if (props->role) {
        fn->base.role = props->role;
    } else {
        ccdk_iam_managed_policy *mp[2] = {
            ccdk_iam_managed_policy_from_aws_managed_policy_name(fn, "service-role/AWSLambdaBasicExecutionRole"), NULL};
        ccdk_iam_role_props rp = {.assumed_by = ccdk_iam_service_principal(fn, "lambda.amazonaws.com"),
                                  .managed_policies = mp};
        fn->base.role = ccdk_iam_role_new(fn, "ServiceRole", &rp);
    }
    fn->base.grant_principal = ccdk_iam_role_principal(fn->base.role);
    for (ccdk_iam_policy_statement *const *s = props->initial_policy; s && *s; s++)
        ccdk__role_add_to_principal_policy(fn->base.role, *s);

    /* code.bind(this) comes before the resource, as in aws-cdk-lib (the asset is a child first) */
    ccdk_value *code_value = !props->code ? NULL : props->code->image ? ccdk__image_code_bind(props->code, fn) /* image.c */
                                                                      : ccdk__code_bind(props->code, &fn->base.node, NULL, "Code", 0);
    if (props->code && props->runtime && props->code->kind == CCDK__CODE_INLINE && !props->runtime->supports_inline_code)
        ccdk__error(fn, "Inline source not allowed for %s", props->runtime->name);
    ccdk__function_profiling(fn, props); /* profiling.c: before the environment, as aws-cdk-lib */
    for (const ccdk_kv *kv = props->environment; kv && kv->key; kv++)
        ccdk_lambda_function_add_environment(fn, kv->key, kv->value);

    /* dead-letter queue */
    ccdk_value *dlc = NULL;
    if (props->dead_letter_topic && (props->dead_letter_queue || props->dead_letter_queue_enabled != CCDK_UNSET)) {
        ccdk__error(fn, "deadLetterQueue and deadLetterTopic cannot be specified together at the same time");
    } else if (props->dead_letter_topic) {
        fn->dlt = props->dead_letter_topic;
        static const char *const pub[] = {"sns:Publish", NULL};
        const char *arn[] = {ccdk_sns_topic_arn(fn->dlt), NULL};
        ccdk__role_add_to_principal_policy(fn->base.role, ccdk__statement(app, CCDK_IAM_ALLOW, pub, arn));
        dlc = ccdk__v_obj(app);
        ccdk__v_set(dlc, "TargetArn", ccdk__v_str(app, arn[0]));
    } else if (props->dead_letter_queue && props->dead_letter_queue_enabled == CCDK_FALSE) {
        ccdk__error(fn, "deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false");
    } else if (props->dead_letter_queue || props->dead_letter_queue_enabled == CCDK_TRUE) {
        fn->dlq = props->dead_letter_queue;
        if (!fn->dlq) {
            ccdk_sqs_queue_props qp = {.retention_period = ccdk_duration_days(14)};
            fn->dlq = ccdk_sqs_queue_new(fn, "DeadLetterQueue", &qp);
        }
        static const char *const send[] = {"sqs:SendMessage", NULL};
        const char *arn[] = {ccdk_sqs_queue_arn(fn->dlq), NULL};
        ccdk__role_add_to_principal_policy(fn->base.role, ccdk__statement(app, CCDK_IAM_ALLOW, send, arn));
        dlc = ccdk__v_obj(app);
        ccdk__v_set(dlc, "TargetArn", ccdk__v_str(app, arn[0]));
    }

    /* the resource */
    fn->resource = ccdk__l1(fn, "Resource", "AWS::Lambda::Function", "aws-cdk-lib.aws_lambda.CfnFunction");
    fn->resource->tag_kind = 1;
    ccdk_cfn_resource *r = fn->resource;
    fn->base.arn = ccdk_cfn_resource_get_att(r, "Arn");
    fn->base.name = ccdk_cfn_resource_ref(r);
    if (props->function_name)
        ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, props->function_name));

    if (props->ephemeral_storage_size.unit != CCDK_SIZE_UNSET) {
        double mb = ccdk__size_to_mebibytes(fn, props->ephemeral_storage_size);
        if (mb < 512 || mb > 10240) {
            /* aws-cdk-lib prints the Size object: Size.mebibytes(256) */
            ccdk__buf b = {0};
            ccdk__json_write_number(&b, props->ephemeral_storage_size.amount);
            ccdk__buf_putc(&b, 0);
            static const char *const un[] = {"", "kibibytes", "mebibytes", "gibibytes", "tebibytes"};
            ccdk__error(fn, "Ephemeral storage size must be between 512 and 10240 MB, received Size.%s(%s).",
                        un[props->ephemeral_storage_size.unit], b.data);
            ccdk__buf_free(&b);
        }
        ccdk_value *es = ccdk__v_obj(app);
        ccdk__v_set(es, "Size", ccdk__v_num(app, mb));
        ccdk__res_set(r, "EphemeralStorage", es);
    }
    fn->architecture = props->architecture;

    /* properties, in CfnFunction's order of assignment (rendered alphabetically) */
    if (code_value)
        ccdk__res_set(r, "Code", code_value);
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    ccdk__res_set(r, "Layers", ccdk__v_lazy(app, layers_lazy, fn));
    if (props->handler)
        ccdk__res_set(r, "Handler", ccdk__v_from_string(app, props->handler));
    if (ccdk_duration_is_set(props->timeout))
        ccdk__res_set(r, "Timeout", ccdk__v_num(app, ccdk__duration_to_seconds(fn, props->timeout, 1)));
    if (props->runtime)
        ccdk__res_set(r, "Runtime", ccdk__v_str(app, props->runtime->name));
    ccdk__res_set(r, "Role", ccdk__v_str(app, ccdk_iam_role_arn(fn->base.role)));
    ccdk__res_set(r, "Environment", ccdk__v_lazy(app, env_lazy, fn));
    if (props->memory_size.set)
        ccdk__res_set(r, "MemorySize", ccdk__v_num(app, props->memory_size.value));
    if (dlc)
        ccdk__res_set(r, "DeadLetterConfig", dlc);
    if (props->reserved_concurrent_executions.set)
        ccdk__res_set(r, "ReservedConcurrentExecutions", ccdk__v_num(app, props->reserved_concurrent_executions.value));
    if (props->architecture) {
        ccdk_value *a = ccdk__v_list(app);
        ccdk__v_push(a, ccdk__v_str(app, props->architecture->name));
        ccdk__res_set(r, "Architectures", a);
    }
    if (props->tracing != CCDK_LAMBDA_TRACING_UNSET && props->tracing != CCDK_LAMBDA_TRACING_DISABLED) {
        static const char *const xray[] = {"xray:PutTraceSegments", "xray:PutTelemetryRecords", NULL};
        static const char *const star[] = {"*", NULL};
        ccdk_lambda_function_add_to_role_policy(fn, ccdk__statement(app, CCDK_IAM_ALLOW, xray, star));
        ccdk_value *tc = ccdk__v_obj(app);
        ccdk__v_set(tc, "Mode", ccdk__v_str(app, props->tracing == CCDK_LAMBDA_TRACING_ACTIVE ? "Active" : "PassThrough"));
        ccdk__res_set(r, "TracingConfig", tc);
    }
    ccdk_node_add_dependency(r, fn->base.role);
    if (props->layers)
        ccdk_lambda_function_add_layers(fn, props->layers);
    if (ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:useCdkManagedLogGroup")) {
        /* new logs.LogGroup(this, 'LogGroup', {logGroupName: `/aws/lambda/${functionName}`}):
         * retention TWO_YEARS and RETAIN, the LogGroup defaults */
        static const ccdk__kind kind_log_group = {.fqn = "aws-cdk-lib.aws_logs.LogGroup"};
        ccdk__node *lg = ccdk__alloc(app, sizeof(ccdk__node));
        ccdk__node_init(lg, &kind_log_group, fn, "LogGroup");
        ccdk_cfn_resource *lr = ccdk__l1(lg, "Resource", "AWS::Logs::LogGroup", "aws-cdk-lib.aws_logs.CfnLogGroup");
        lr->tag_kind = 1;
        ccdk__res_set(lr, "LogGroupName", ccdk__v_str(app, ccdk__sprintf(app, "/aws/lambda/%s", fn->base.name)));
        ccdk__res_set(lr, "RetentionInDays", ccdk__v_num(app, 731));
        ccdk_cfn_resource_apply_removal_policy(lr, CCDK_REMOVAL_POLICY_RETAIN);
    }
    if (props->code)
        ccdk__code_bind_to_resource(props->code, r, "Code");
    if (ccdk_duration_is_set(props->max_event_age) || props->retry_attempts.set)
        ccdk__configure_async_invoke(&fn->base, props->max_event_age, props->retry_attempts, "$LATEST");
    ccdk__function_image(fn, props); /* image.c */
    ccdk__function_extensions(fn, props);
    return fn;
}

const char *ccdk_lambda_function_arn(ccdk_lambda_function *fn) { return fn ? fn->base.arn : NULL; }
const char *ccdk_lambda_function_name(ccdk_lambda_function *fn) { return fn ? fn->base.name : NULL; }
ccdk_iam_role *ccdk_lambda_function_role(ccdk_lambda_function *fn) { return fn ? fn->base.role : NULL; }
ccdk_iam_principal *ccdk_lambda_function_grant_principal(ccdk_lambda_function *fn) { return fn ? fn->base.grant_principal : NULL; }
ccdk_cfn_resource *ccdk_lambda_function_resource(ccdk_lambda_function *fn) { return fn ? fn->resource : NULL; }
ccdk_duration ccdk_lambda_function_timeout(ccdk_lambda_function *fn) { return fn ? fn->timeout : (ccdk_duration){0}; }
const ccdk_lambda_runtime *ccdk_lambda_function_runtime(ccdk_lambda_function *fn) { return fn ? fn->runtime : NULL; }
ccdk_sqs_queue *ccdk_lambda_function_dead_letter_queue(ccdk_lambda_function *fn) { return fn ? fn->dlq : NULL; }
ccdk_sns_topic *ccdk_lambda_function_dead_letter_topic(ccdk_lambda_function *fn) { return fn ? fn->dlt : NULL; }

/* ------------------------------------------------------------------ async invoke config */

void ccdk__configure_async_invoke(ccdk__fnbase *fb, ccdk_duration max_age, ccdk_opt_num retries, const char *qualifier)
{
    ccdk_app *app = fb->node.app;
    if (ccdk__node_find_child(&fb->node, "EventInvokeConfig")) {
        ccdk__error(fb, "An EventInvokeConfig has already been configured for the %sfunction at %s",
                    fb->fkind == CCDK__FN_FUNCTION ? "" : "qualified ", fb->node.path);
        return;
    }
    static const ccdk__kind kind_eic = {.fqn = "aws-cdk-lib.aws_lambda.EventInvokeConfig"};
    ccdk__node *eic = ccdk__alloc(app, sizeof(ccdk__node));
    ccdk__node_init(eic, &kind_eic, fb, "EventInvokeConfig");
    ccdk_cfn_resource *r = ccdk__l1(eic, "Resource", "AWS::Lambda::EventInvokeConfig",
                                           "aws-cdk-lib.aws_lambda.CfnEventInvokeConfig");
    if (ccdk_duration_is_set(max_age)) {
        double s = ccdk__duration_to_seconds(eic, max_age, 1);
        if (s < 60 || s > 21600)
            ccdk__error(eic, "`maximumEventAge` must represent a `Duration` that is between 60 and 21600 seconds.");
        ccdk__res_set(r, "MaximumEventAgeInSeconds", ccdk__v_num(app, s));
    }
    if (retries.set) {
        if (retries.value < 0 || retries.value > 2)
            ccdk__error(eic, "`retryAttempts` must be between 0 and 2.");
        ccdk__res_set(r, "MaximumRetryAttempts", ccdk__v_num(app, retries.value));
    }
    ccdk_lambda_function *fn = fb->lambda;
    ccdk__res_set(r, "FunctionName", ccdk__v_str(app, fn ? fn->base.name : fb->name));
    ccdk__res_set(r, "Qualifier", ccdk__v_str(app, qualifier));
}

/* ------------------------------------------------------------------ imports */

static int arn_account_region(ccdk_app *app, const char *arn, const char **account, const char **region)
{
    /* arn:partition:service:region:account:... */
    if (!arn || ccdk__is_unresolved(arn) || strncmp(arn, "arn:", 4))
        return 0;
    const char *f[6];
    int n = 0;
    const char *p = arn;
    f[n++] = p;
    while (n < 6 && (p = strchr(p, ':'))) {
        p++;
        f[n++] = p;
    }
    if (n < 6)
        return 0;
    *region = ccdk__strndup(app, f[3], (size_t)(f[4] - f[3] - 1));
    *account = ccdk__strndup(app, f[4], (size_t)(f[5] - f[4] - 1));
    return 1;
}

ccdk_lambda_function *ccdk_lambda_function_from_function_attributes(void *scope, const char *id,
                                                                   const ccdk_lambda_function_attributes *attrs)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!app)
        return NULL;
    ccdk_lambda_function *fn = ccdk__alloc(app, sizeof *fn);
    ccdk__fnbase_init(&fn->base, &kind_imported, scope, id, CCDK__FN_IMPORTED);
    fn->hash_mixins = ccdk__v_list(app);
    if (!attrs || !attrs->function_arn) {
        ccdk__error(fn, "functionArn is required");
        return fn;
    }
    fn->base.arn = ccdk__strdup(app, attrs->function_arn);
    /* functionName: Fn.select(6, Fn.split(":", arn)), resolved at synth */
    if (!ccdk__is_unresolved(fn->base.arn)) {
        const char *p = fn->base.arn;
        int colons = 0;
        while (*p && colons < 6)
            colons += *p++ == ':';
        const char *e = strchr(p, ':');
        fn->base.name = e ? ccdk__strndup(app, p, (size_t)(e - p)) : ccdk__strdup(app, p);
    } else {
        fn->base.name = ccdk_fn_select(fn, 6, ccdk_fn_split(fn, ":", fn->base.arn));
    }
    fn->base.role = attrs->role;
    fn->base.grant_principal = attrs->role ? ccdk_iam_role_principal(attrs->role) : NULL;
    fn->base.skip_permissions = attrs->skip_permissions;
    fn->architecture = attrs->architecture ? attrs->architecture : CCDK_LAMBDA_ARCHITECTURE_X86_64;
    if (attrs->same_environment != CCDK_UNSET) {
        fn->base.can_create_permissions = attrs->same_environment == CCDK_TRUE;
    } else {
        ccdk_stack *s = fn->base.node.stack;
        const char *acc = NULL, *reg = NULL;
        fn->base.can_create_permissions =
            s && !ccdk__stack_is_env_agnostic_account(s) && arn_account_region(app, fn->base.arn, &acc, &reg) &&
            !strcmp(acc, s->account);
    }
    return fn;
}

ccdk_lambda_function *ccdk_lambda_function_from_function_arn(void *scope, const char *id, const char *arn)
{
    ccdk_lambda_function_attributes a = {.function_arn = arn};
    return ccdk_lambda_function_from_function_attributes(scope, id, &a);
}

ccdk_lambda_function *ccdk_lambda_function_from_function_name(void *scope, const char *id, const char *name)
{
    ccdk_stack *s = ccdk_stack_of(scope);
    if (!s)
        return NULL;
    ccdk_lambda_function_attributes a = {
        .function_arn = ccdk_stack_format_arn(s, "lambda", "function", ":", name),
        .same_environment = CCDK_TRUE,
    };
    return ccdk_lambda_function_from_function_attributes(scope, id, &a);
}

/* ------------------------------------------------------------------ permissions */

static const char *principal_to_string(ccdk_iam_principal *p)
{
    ccdk_app *app = p->app;
    switch (p->kind) {
    case CCDK__P_SERVICE: return ccdk__sprintf(app, "ServicePrincipal(%s)", p->value);
    case CCDK__P_ACCOUNT: return ccdk__sprintf(app, "AccountPrincipal(%s)", p->value);
    case CCDK__P_ARN: return ccdk__sprintf(app, "ArnPrincipal(%s)", p->value);
    case CCDK__P_ORG: return ccdk__sprintf(app, "OrganizationPrincipal(%s)", p->value);
    case CCDK__P_ANY: return "AnyPrincipal()";
    case CCDK__P_ROLE: return p->role->node.path;
    case CCDK__P_COMPOSITE: return "CompositePrincipal()";
    }
    return "";
}

/* parsePermissionPrincipal */
static const char *permission_principal(ccdk__fnbase *fb, ccdk_iam_principal *p)
{
    switch (p->kind) {
    case CCDK__P_ACCOUNT:
    case CCDK__P_SERVICE:
    case CCDK__P_ARN:
        return p->value;
    case CCDK__P_ORG:
        return "*";
    case CCDK__P_ANY:
        if (!p->conditions || !p->conditions->u.obj.n)
            return "*";
        break;
    case CCDK__P_ROLE:
        if (!p->conditions || !p->conditions->u.obj.n)
            return p->role->arn;
        break;
    default:
        break;
    }
    ccdk__error(fb, "Invalid principal type for Lambda permission statement: %s. Supported: AccountPrincipal, ArnPrincipal, "
                    "ServicePrincipal, OrganizationPrincipal",
                p->kind == CCDK__P_COMPOSITE ? "CompositePrincipal" : "PrincipalWithConditions");
    return "";
}

void ccdk__add_permission(ccdk__fnbase *fb, const char *id, const ccdk_lambda_permission *perm)
{
    ccdk_app *app = fb->node.app;
    if (!perm || !perm->principal) {
        ccdk__error(fb, "principal is required");
        return;
    }
    if (!fb->can_create_permissions) {
        if (!fb->skip_permissions) {
            ccdk_stack *s = fb->node.stack;
            const char *acc = NULL, *reg = NULL;
            arn_account_region(app, fb->arn, &acc, &reg);
            ccdk__warning(fb, "UnclearLambdaEnvironment",
                          "addPermission() has no effect on a Lambda Function with region=%s, account=%s, in a Stack with "
                          "region=%s, account=%s. Suppress this warning if this is intentional, or pass sameEnvironment=true "
                          "to fromFunctionAttributes() if you would like to add the permissions.",
                          reg ? reg : "${Token[AWS.Region.0]}", acc ? acc : "${Token[AWS.AccountId.0]}",
                          s->region ? s->region : "${Token[AWS.Region.0]}", s->account ? s->account : "${Token[AWS.AccountId.0]}");
        }
        return;
    }
    ccdk_iam_principal *p = perm->principal;
    const char *principal = permission_principal(fb, p);
    const char *source_arn = NULL, *source_account = NULL, *org = NULL;
    if (p->conditions && p->conditions->u.obj.n) {
        for (size_t i = 0; i < p->conditions->u.obj.n; i++) {
            const char *op = p->conditions->u.obj.e[i].key;
            ccdk_value *kv = p->conditions->u.obj.e[i].val;
            for (size_t k = 0; kv->kind == CCDK__V_OBJ && k < kv->u.obj.n; k++) {
                const char *key = kv->u.obj.e[k].key;
                ccdk_value *val = kv->u.obj.e[k].val;
                const char *sval = val->kind == CCDK__V_STR ? val->u.str.s : NULL;
                if (!strcmp(op, "ArnLike") && !strcmp(key, "aws:SourceArn"))
                    source_arn = sval;
                else if (!strcmp(op, "StringEquals") && !strcmp(key, "aws:SourceAccount"))
                    source_account = sval;
                else if (!strcmp(op, "StringEquals") && !strcmp(key, "aws:PrincipalOrgID"))
                    org = sval;
                else {
                    ccdk__error(fb, "PrincipalWithConditions had unsupported conditions for Lambda permission statement: "
                                    "[{\"operator\":\"%s\",\"key\":\"%s\"}]. Supported operator/condition pairs: "
                                    "[{\"operator\":\"ArnLike\",\"key\":\"aws:SourceArn\"},{\"operator\":\"StringEquals\",\"key\":"
                                    "\"aws:SourceAccount\"},{\"operator\":\"StringEquals\",\"key\":\"aws:PrincipalOrgID\"}]",
                                op, key);
                    return;
                }
            }
        }
        if (org && (source_arn || source_account)) {
            ccdk__error(fb, "PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: "
                            "principalOrgID cannot be set with other conditions.");
            return;
        }
    }
    void *scope = perm->scope ? perm->scope : (void *)fb;
    const char *action = perm->action ? perm->action : "lambda:InvokeFunction";
    ccdk_cfn_resource *r = ccdk__l1(scope, id, "AWS::Lambda::Permission", "aws-cdk-lib.aws_lambda.CfnPermission");
    ccdk__res_set(r, "Action", ccdk__v_from_string(app, action));
    ccdk__res_set(r, "Principal", ccdk__v_from_string(app, principal));
    ccdk__res_set(r, "FunctionName", ccdk__v_str(app, fb->arn));
    if (perm->event_source_token)
        ccdk__res_set(r, "EventSourceToken", ccdk__v_from_string(app, perm->event_source_token));
    if (perm->source_account || source_account)
        ccdk__res_set(r, "SourceAccount", ccdk__v_from_string(app, perm->source_account ? perm->source_account : source_account));
    if (perm->source_arn || source_arn)
        ccdk__res_set(r, "SourceArn", ccdk__v_from_string(app, perm->source_arn ? perm->source_arn : source_arn));
    if (perm->organization_id || org)
        ccdk__res_set(r, "PrincipalOrgID", ccdk__v_from_string(app, perm->organization_id ? perm->organization_id : org));
    if (perm->function_url_auth_type)
        ccdk__res_set(r, "FunctionUrlAuthType",
                      ccdk__v_str(app, perm->function_url_auth_type == CCDK_LAMBDA_URL_AUTH_NONE ? "NONE" : "AWS_IAM"));
    if (perm->invoked_via_function_url != CCDK_UNSET)
        ccdk__res_set(r, "InvokedViaFunctionUrl", ccdk__v_bool(app, perm->invoked_via_function_url == CCDK_TRUE));
}

void ccdk_lambda_function_add_permission(void *fn, const char *id, const ccdk_lambda_permission *p)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (fb)
        ccdk__add_permission(fb, id, p);
}

typedef struct ccdk__grant_id {
    const char *id;
    struct ccdk__grant_id *next;
} ccdk__grant_id;

static int granted(ccdk__fnbase *fb, const char *id)
{
    for (ccdk__grant_id *g = fb->grants; g; g = g->next)
        if (!strcmp(g->id, id))
            return 1;
    ccdk__grant_id *g = ccdk__alloc(fb->node.app, sizeof *g);
    g->id = ccdk__strdup(fb->node.app, id);
    g->next = fb->grants;
    fb->grants = g;
    return 0;
}

/* Grant.addToPrincipalOrResource as FunctionBase.grant uses it. */
static void grant(ccdk__fnbase *fb, ccdk_iam_principal *grantee, const char *id, const char *action,
                  const char *const *resources, const ccdk_lambda_permission *overrides, ccdk_value *conditions)
{
    ccdk_app *app = fb->node.app;
    if (grantee->kind == CCDK__P_ROLE && !grantee->role->imported) {
        /* same-account identity: the grantee's policy gets the statement */
        const char *acts[] = {action, NULL};
        ccdk_iam_policy_statement *s = ccdk__statement(app, CCDK_IAM_ALLOW, acts, resources);
        if (conditions)
            for (size_t i = 0; i < conditions->u.obj.n; i++) {
                ccdk_value *kv = conditions->u.obj.e[i].val;
                for (size_t k = 0; k < kv->u.obj.n; k++)
                    ccdk_iam_policy_statement_add_condition(s, conditions->u.obj.e[i].key, kv->u.obj.e[k].key, kv->u.obj.e[k].val);
            }
        ccdk__role_add_to_principal_policy(grantee->role, s);
        return;
    }
    ccdk_lambda_permission p = overrides ? *overrides : (ccdk_lambda_permission){0};
    p.principal = grantee;
    p.action = action;
    ccdk__add_permission(fb, id, &p);
    /* node.tryFindChild(identifier): the id as sanitized when the Permission was added ('/' -> "--") */
    ccdk__buf sid = {0};
    for (const char *c = id; *c; c++) {
        if (*c == '/')
            ccdk__buf_puts(&sid, "--");
        else
            ccdk__buf_putc(&sid, *c);
    }
    ccdk__buf_putc(&sid, 0);
    int found = ccdk__node_find_child(&fb->node, sid.data) != NULL;
    ccdk__buf_free(&sid);
    if (!found && !fb->skip_permissions)
        ccdk__error(fb, "Cannot modify permission to lambda function. Function is either imported or $LATEST version.\n"
                        "If the function is imported from the same account use `fromFunctionAttributes()` API with the "
                        "`sameEnvironment` flag.\nIf the function is imported from a different account and already has the "
                        "correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.");
}

static const char *base64(ccdk_app *app, const unsigned char *d, size_t n)
{
    static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char *o = ccdk__alloc(app, (n + 2) / 3 * 4 + 1), *q = o;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)d[i] << 16 | (i + 1 < n ? (unsigned)d[i + 1] << 8 : 0) | (i + 2 < n ? d[i + 2] : 0);
        *q++ = t[v >> 18 & 63];
        *q++ = t[v >> 12 & 63];
        *q++ = i + 1 < n ? t[v >> 6 & 63] : '=';
        *q++ = i + 2 < n ? t[v & 63] : '=';
    }
    *q = 0;
    return o;
}

void ccdk_lambda_function_grant_invoke(void *fn, ccdk_iam_principal *grantee)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !grantee)
        return;
    ccdk_app *app = fb->node.app;
    if (grantee->kind == CCDK__P_COMPOSITE) {
        for (size_t i = 0; i < grantee->nparts; i++)
            ccdk_lambda_function_grant_invoke(fn, grantee->parts[i]);
        return;
    }
    /* identifier: "Invoke" + base64(sha256(JSON.stringify({principal, conditions}))) */
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, "{\"principal\":");
    const char *ps = principal_to_string(grantee);
    ccdk__json_write_string(&b, ps, strlen(ps));
    ccdk__buf_puts(&b, ",\"conditions\":");
    if (grantee->conditions) {
        ccdk__resolve_ctx ctx = {app, fb->node.stack, 0};
        ccdk__json_write(&b, ccdk__resolve(&ctx, grantee->conditions), 0);
    } else {
        ccdk__buf_puts(&b, "{}");
    }
    ccdk__buf_putc(&b, '}');
    unsigned char d[32];
    ccdk__sha256(b.data, b.len, d);
    ccdk__buf_free(&b);
    const char *id = ccdk__sprintf(app, "Invoke%s", base64(app, d, 32));
    if (granted(fb, id))
        return;
    const char *res[3] = {fb->arn, NULL, NULL};
    if (fb->fkind == CCDK__FN_FUNCTION || fb->fkind == CCDK__FN_IMPORTED)
        res[1] = ccdk__sprintf(app, "%s:*", fb->arn);
    grant(fb, grantee, id, "lambda:InvokeFunction", res, NULL, NULL);
}

void ccdk_lambda_function_grant_invoke_url(void *fn, ccdk_iam_principal *grantee)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    if (!fb || !grantee)
        return;
    ccdk_app *app = fb->node.app;
    const char *ps = grantee->kind == CCDK__P_ROLE ? grantee->role->node.path : principal_to_string(grantee);
    const char *id = ccdk__sprintf(app, "InvokeFunctionUrl%s", ps);
    if (granted(fb, id))
        return;
    const char *res[] = {fb->arn, NULL};
    ccdk_value *c1 = ccdk_v_json(fb, "{\"StringEquals\":{\"lambda:FunctionUrlAuthType\":\"AWS_IAM\"}}");
    ccdk_lambda_permission o1 = {.function_url_auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM};
    grant(fb, grantee, id, "lambda:InvokeFunctionUrl", res, &o1, c1);
    ccdk_value *c2 = ccdk_v_json(fb, "{\"Bool\":{\"lambda:InvokedViaFunctionUrl\":true}}");
    ccdk_lambda_permission o2 = {.invoked_via_function_url = CCDK_TRUE};
    grant(fb, grantee, ccdk__sprintf(app, "%s-DualAuth", id), "lambda:InvokeFunction", res, &o2, c2);
}

/* ------------------------------------------------------------------ layers on functions */

static int runtime_equals(const ccdk_lambda_runtime *a, const ccdk_lambda_runtime *b)
{
    return !strcmp(a->name, b->name) && a->family == b->family && a->supports_inline_code == b->supports_inline_code;
}

void ccdk_lambda_function_add_layers(ccdk_lambda_function *fn, ccdk_lambda_layer_version *const *layers)
{
    if (!fn || !layers)
        return;
    for (; *layers; layers++) {
        ccdk_lambda_layer_version *l = *layers;
        if (fn->nlayers == 5) {
            ccdk__error(fn, "Unable to add layer: this lambda function already uses 5 layers.");
            return;
        }
        if (l->compatible_runtimes && fn->runtime) {
            int ok = 0;
            for (int i = 0; l->compatible_runtimes[i]; i++)
                ok |= runtime_equals(l->compatible_runtimes[i], fn->runtime);
            if (!ok) {
                ccdk__buf b = {0};
                for (int i = 0; l->compatible_runtimes[i]; i++) {
                    if (i)
                        ccdk__buf_puts(&b, ", ");
                    ccdk__buf_puts(&b, l->compatible_runtimes[i]->name);
                }
                ccdk__error(fn, "This lambda function uses a runtime that is incompatible with this layer (%s is not in [%s])",
                            fn->runtime->name, b.data ? b.data : "");
                ccdk__buf_free(&b);
                return;
            }
        }
        fn->layers[fn->nlayers++] = l;
    }
}
