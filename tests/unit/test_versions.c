/* test_versions.c - the currentVersion logical id follows the function's version-locked properties:
 * it changes when one of them changes and, under @aws-cdk/aws-lambda:recognizeVersionProps, does not
 * when a non-locked property (tags, reserved concurrency) changes. With the flag off aws-cdk-lib hashes
 * the whole rendered resource, so every change counts there; the tests pin that down too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "ccdk/lambda_versions.h"
#include "ccdk/s3.h"

#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-versions-XXXXXX";
static char handler_dir[sizeof tmpdir + 16];
static int run_no;

typedef enum {
    V_BASE = 0,
    V_DESCRIPTION,  /* locked */
    V_MEMORY,       /* locked */
    V_ENV,          /* locked */
    V_ENV_ORDER,    /* same variables in another order: sorted, so no change */
    V_TAGS,         /* not locked */
    V_RESERVED,     /* not locked */
    V_MIXIN,        /* invalidateVersionBasedOn */
    V_LAYER_DESC,   /* a layer's description (recognizeLayerVersion) */
} variant;

/* Synthesizes one app and returns the CurrentVersion logical id (malloc'd), or NULL. */
static char *current_version_id(int version_props, int layer_version, variant v)
{
    char outdir[4400];
    snprintf(outdir, sizeof outdir, "%s/out%d", tmpdir, run_no++);
    ccdk_kvs ctx = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeVersionProps", version_props ? "true" : "false"},
                            {"@aws-cdk/aws-lambda:recognizeLayerVersion", layer_version ? "true" : "false"});
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .context = ctx, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_bucket(ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "bucket"), "layer.zip", NULL),
        .description = v == V_LAYER_DESC ? "layer two" : "layer one",
    });
    ccdk_kvs env_ab = CCDK_KVS({"A", "1"}, {"B", "2"});
    ccdk_kvs env_ba = CCDK_KVS({"B", "2"}, {"A", "1"});
    ccdk_kvs env_c = CCDK_KVS({"A", "1"}, {"B", "3"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, handler_dir, NULL),
        .description = v == V_DESCRIPTION ? "changed" : "original",
        .memory_size = CCDK_NUM(v == V_MEMORY ? 256 : 128),
        .environment = v == V_ENV ? env_c : v == V_ENV_ORDER ? env_ba : env_ab,
        .reserved_concurrent_executions = v == V_RESERVED ? CCDK_NUM(10) : (ccdk_opt_num){0},
        .layers = CCDK_LIST(layer),
    });
    if (v == V_TAGS)
        ccdk_tags_add(fn, "team", "blue");
    if (v == V_MIXIN)
        ccdk_lambda_function_invalidate_version_based_on(fn, "2024-01-01");
    ccdk_lambda_function_add_alias(fn, "live", NULL);
    char *id = NULL;
    if (ccdk_app_synth(app) == 0) {
        const char *tpl = ccdk_stack_template_json(stack);
        const char *p = tpl ? strstr(tpl, "\"MyFunctionCurrentVersion") : NULL;
        if (p) {
            p++;
            const char *e = strchr(p, '"');
            id = strndup(p, (size_t)(e - p));
        }
    } else {
        for (size_t i = 0; i < ccdk_app_error_count(app); i++)
            fprintf(stderr, "    synth error: %s\n", ccdk_app_error(app, i));
    }
    ccdk_app_free(app);
    return id;
}

static int same(const char *a, const char *b) { return a && b && !strcmp(a, b); }
static int differ(const char *a, const char *b) { return a && b && strcmp(a, b) != 0; }

static void check_flags(int vp, int lv)
{
    char *base = current_version_id(vp, lv, V_BASE);
    char *again = current_version_id(vp, lv, V_BASE);
    CHECK(base != NULL);
    CHECK(base && !strncmp(base, "MyFunctionCurrentVersion197490AF", 32) && strlen(base) == 32 + 32);
    CHECK_MSG(same(base, again), "the hash is deterministic");
    char *desc = current_version_id(vp, lv, V_DESCRIPTION);
    char *mem = current_version_id(vp, lv, V_MEMORY);
    char *env = current_version_id(vp, lv, V_ENV);
    char *order = current_version_id(vp, lv, V_ENV_ORDER);
    char *tags = current_version_id(vp, lv, V_TAGS);
    char *reserved = current_version_id(vp, lv, V_RESERVED);
    char *mixin = current_version_id(vp, lv, V_MIXIN);
    char *layer = current_version_id(vp, lv, V_LAYER_DESC);
    CHECK_MSG(differ(base, desc), "Description is version-locked (vp=%d lv=%d)", vp, lv);
    CHECK_MSG(differ(base, mem), "MemorySize is version-locked (vp=%d lv=%d)", vp, lv);
    CHECK_MSG(differ(base, env), "Environment is version-locked (vp=%d lv=%d)", vp, lv);
    CHECK_MSG(same(base, order), "environment order does not matter: sorted once currentVersion is read");
    CHECK_MSG(differ(base, mixin), "invalidateVersionBasedOn changes the hash (vp=%d lv=%d)", vp, lv);
    if (vp) {
        CHECK_MSG(same(base, tags), "Tags are not version-locked (lv=%d)", lv);
        CHECK_MSG(same(base, reserved), "ReservedConcurrentExecutions is not version-locked (lv=%d)", lv);
    } else {
        /* aws-cdk-lib without recognizeVersionProps hashes the whole resource */
        CHECK_MSG(differ(base, tags), "without recognizeVersionProps tags count (lv=%d)", lv);
        CHECK_MSG(differ(base, reserved), "without recognizeVersionProps reserved concurrency counts (lv=%d)", lv);
    }
    if (lv)
        CHECK_MSG(differ(base, layer), "a layer's properties count under recognizeLayerVersion (vp=%d)", vp);
    else
        CHECK_MSG(same(base, layer), "a layer's properties do not count without recognizeLayerVersion (vp=%d)", vp);
    free(base), free(again), free(desc), free(mem), free(env), free(order), free(tags), free(reserved), free(mixin), free(layer);
}

TEST(version_props_on_layer_on) { check_flags(1, 1); }
TEST(version_props_on_layer_off) { check_flags(1, 0); }
TEST(version_props_off_layer_on) { check_flags(0, 1); }
TEST(version_props_off_layer_off) { check_flags(0, 0); }

TEST(flags_change_the_hash)
{
    char *a = current_version_id(1, 1, V_BASE), *b = current_version_id(0, 1, V_BASE), *c = current_version_id(1, 0, V_BASE);
    CHECK(differ(a, b));
    CHECK(differ(a, c));
    free(a), free(b), free(c);
}

TEST(version_validations)
{
    char outdir[4400];
    snprintf(outdir, sizeof outdir, "%s/errors", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "x"),
    });
    ccdk_lambda_version_new(stack, "V", &(ccdk_lambda_version_props){.lambda = fn, .provisioned_concurrent_executions = CCDK_NUM(-1)});
    ccdk_lambda_version *v0 = ccdk_lambda_version_new(stack, "V0", &(ccdk_lambda_version_props){
        .lambda = fn, .provisioned_concurrent_executions = CCDK_NUM(0)}); /* 0 is ignored, as in aws-cdk-lib */
    ccdk_lambda_alias_new(stack, "A", &(ccdk_lambda_alias_props){
        .alias_name = "a", .version = v0,
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {v0, 0.7}, {v0, 0.6})});
    ccdk_lambda_alias_new(stack, "B", &(ccdk_lambda_alias_props){
        .alias_name = "b", .version = v0, .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {v0, 1.5})});
    (ccdk_lambda_function_add_function_url)(v0, NULL); /* a compile error through the checked macro */
    ccdk_lambda_layer_version *l = ccdk_lambda_layer_version_new(stack, "L", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_bucket(ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "bbb"), "k", NULL)});
    ccdk_lambda_layer_version_add_permission(l, "P", &(ccdk_lambda_layer_version_permission){.account_id = "123", .organization_id = "o-1"});
    ccdk_lambda_layer_version_new(stack, "Inline", &(ccdk_lambda_layer_version_props){.code = ccdk_lambda_code_from_inline(stack, "x")});
    CHECK(ccdk_app_synth(app) != 0);
    const char *want[] = {
        "TestStack/V: provisionedConcurrentExecutions must have value greater than or equal to 1",
        "TestStack/A: Sum of additional version weights must not exceed 1, got: 1.2999999999999998",
        "TestStack/B: Additional version weight must be between 0 and 1, got: 1.5",
        "TestStack/V0/FunctionUrl: FunctionUrl cannot be used with a Version",
        "TestStack/L: OrganizationId can only be specified if AwsAccountId is '*', but it is 123",
        "TestStack/Inline: Inline code is not supported for AWS Lambda layers",
        NULL};
    size_t n = ccdk_app_error_count(app);
    CHECK_INT_EQ((int)n, 6);
    for (const char *const *w = want; *w; w++) {
        int found = 0;
        for (size_t i = 0; i < n; i++)
            found |= strstr(ccdk_app_error(app, i), *w) != NULL;
        CHECK_MSG(found, "error reported: %s", *w);
    }
    ccdk_app_free(app);
}

/* minExecutionEnvironments / maxExecutionEnvironments: the three checks, on new Version and on
 * currentVersionOptions; tokens and fractions pass (aws-cdk-lib checks `< 0` and `min > max` only) */
TEST(version_scaling_config)
{
    char outdir[4400];
    snprintf(outdir, sizeof outdir, "%s/scaling", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "x"),
        .current_version_options = &(ccdk_lambda_version_options){
            .min_execution_environments = CCDK_NUM(3), .max_execution_environments = CCDK_NUM(2)},
    });
    ccdk_lambda_version_new(stack, "Fine", &(ccdk_lambda_version_props){
        .lambda = fn, .min_execution_environments = CCDK_NUM(1.5), .max_execution_environments = CCDK_NUM(1.5)});
    ccdk_lambda_version_new(stack, "TokenMax", &(ccdk_lambda_version_props){
        .lambda = fn, .min_execution_environments = CCDK_NUM(7),
        .max_execution_environments = CCDK_NUM_TOKEN(ccdk_fn_ref(stack, "P"))});
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 0);
    ccdk_lambda_version_new(stack, "MinNeg", &(ccdk_lambda_version_props){.lambda = fn, .min_execution_environments = CCDK_NUM(-1)});
    ccdk_lambda_version_new(stack, "MaxNeg", &(ccdk_lambda_version_props){
        .lambda = fn, .min_execution_environments = CCDK_NUM(-1), .max_execution_environments = CCDK_NUM(-1)});
    ccdk_lambda_version_new(stack, "Order", &(ccdk_lambda_version_props){
        .lambda = fn, .min_execution_environments = CCDK_NUM(10), .max_execution_environments = CCDK_NUM(5)});
    ccdk_lambda_function_current_version(fn);
    CHECK(ccdk_app_synth(app) != 0);
    const char *want[] = {
        "TestStack/MinNeg: minExecutionEnvironments must be a non-negative integer.",
        "TestStack/MaxNeg: minExecutionEnvironments must be a non-negative integer.", /* the first check wins */
        "TestStack/Order: minExecutionEnvironments must be less than or equal to maxExecutionEnvironments",
        "TestStack/Fn/CurrentVersion: minExecutionEnvironments must be less than or equal to maxExecutionEnvironments",
        NULL};
    size_t n = ccdk_app_error_count(app);
    CHECK_INT_EQ((long long)n, 4);
    for (const char *const *w = want; *w; w++) {
        int found = 0;
        for (size_t i = 0; i < n; i++)
            found |= strstr(ccdk_app_error(app, i), *w) != NULL;
        CHECK_MSG(found, "error reported: %s", *w);
    }
    ccdk_app_free(app);
}

/* grantInvokeVersion / grantInvokeCompositePrincipal / permissionsNode: the edges the header states */
TEST(grants_and_permissions_node)
{
    char outdir[4400];
    snprintf(outdir, sizeof outdir, "%s/grants", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "x"),
    });
    ccdk_iam_principal *svc = ccdk_iam_service_principal(stack, "events.amazonaws.com");
    /* a NULL version or composite is ignored without an error; a NULL grantee is an error on the
     * process-wide list (a grant to no one would be a template without it, exit status 0) */
    ccdk_lambda_function_grant_invoke_version(fn, svc, NULL);
    ccdk_lambda_function_grant_invoke_composite_principal(fn, NULL);
    /* (in a child: the process-wide list fails every later synth of the process) */
    pid_t pid = fork();
    if (pid == 0) {
        size_t pe = ccdk_process_error_count();
        ccdk_lambda_function_grant_invoke_version(fn, (ccdk_iam_principal *)NULL, ccdk_lambda_function_latest_version(fn));
        const char *e = ccdk_process_error(pe);
        _exit(ccdk_process_error_count() - pe == 1 && e &&
                      strstr(e, "ccdk_lambda_function_grant_invoke_version: the grantee is NULL") ? 0 : 1);
    }
    int st = 1;
    CHECK(pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
    CHECK(ccdk_lambda_function_permissions_node((ccdk_lambda_function *)NULL) == NULL);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 0);
    /* a principal that is not a composite is granted as grant_invoke does: once, whichever way */
    ccdk_lambda_function_grant_invoke_composite_principal(fn, svc);
    ccdk_lambda_function_grant_invoke(fn, svc);
    ccdk_construct *pn = ccdk_lambda_function_permissions_node(fn);
    CHECK_STR_EQ(ccdk_node_path(pn), "TestStack/Fn");
    size_t perms = 0;
    for (size_t i = 0; i < ccdk_node_child_count(pn); i++)
        perms += !strncmp(ccdk_node_id(ccdk_node_child(pn, i)), "Invoke", 6);
    CHECK_INT_EQ((long long)perms, 1);
    /* a construct that is not an IFunction: NULL and an error */
    CHECK(ccdk_lambda_function_permissions_node((ccdk_lambda_function *)(void *)stack) == NULL);
    CHECK(ccdk_app_error_count(app) > 0);
    ccdk_app_free(app);

}

/* an imported alias (an IAlias in aws-cdk-lib, without addAutoScaling): an error on the alias and
 * NULL, not a ScalableTarget without its RoleARN; a new alias of the same version scales */
TEST(imported_alias_auto_scaling)
{
    char outdir[4400];
    snprintf(outdir, sizeof outdir, "%s/imported-alias-scaling", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_version *v = ccdk_lambda_version_from_version_arn(stack, "V",
        "arn:aws:lambda:us-east-1:123456789012:function:fn-name:7");
    ccdk_lambda_alias *imported = ccdk_lambda_alias_from_alias_attributes(stack, "Imported",
        &(ccdk_lambda_alias_attributes){.alias_name = "prod", .alias_version = v});
    CHECK(ccdk_lambda_alias_add_auto_scaling(imported, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(4)}) == NULL);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    CHECK(strstr(ccdk_app_error(app, 0), "TestStack/Imported: addAutoScaling is only available on an Alias, not on an imported one") != NULL);
    ccdk_lambda_alias *live = ccdk_lambda_version_add_alias(v, "live", NULL);
    CHECK(ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(4)}) != NULL);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
}

/* A function whose definition names its own currentVersion: the version's logical id would be a hash
 * of itself. aws-cdk-lib recurses until node's stack overflows (RangeError "Resolution error: ...
 * Maximum call stack size exceeded", which no C program can match: conformance case
 * error-current-version-self-reference has an exception file); ccdk reports it once, on the
 * function, and writes nothing -- in the function's own stack (the hash taken from its template
 * render), in a nested stack (taken before), with recognizeVersionProps off (the whole resource
 * hashed), and for a dependency of the function on the version (its DependsOn). */
TEST(current_version_self_reference)
{
    for (int shape = 0; shape < 4; shape++) {
        char outdir[4400];
        snprintf(outdir, sizeof outdir, "%s/self-reference-%d", tmpdir, shape);
        ccdk_kvs ctx = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeVersionProps", shape == 2 ? "false" : "true"});
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .context = ctx, .quiet = 1});
        ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
        ccdk_stack *scope = shape == 1 ? ccdk_nested_stack_new(stack, "Nested", NULL) : stack;
        ccdk_lambda_function *fn = ccdk_lambda_function_new(scope, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "x"),
        });
        ccdk_lambda_version *v = ccdk_lambda_function_current_version(fn);
        if (shape == 3)
            ccdk_node_add_dependency(fn, v);
        else
            ccdk_lambda_function_add_environment(fn, "V", ccdk_lambda_version_arn(v));
        CHECK_MSG(ccdk_app_synth(app) != 0, "shape %d fails", shape);
        const char *want = shape == 1 ? "TestStack/Nested/Fn: Resolution error: the function's definition refers to its "
                                          "own currentVersion (TestStack/Nested/Fn/CurrentVersion)"
                                        : "TestStack/Fn: Resolution error: the function's definition refers to its own "
                                          "currentVersion (TestStack/Fn/CurrentVersion)";
        /* once */
        size_t found = 0;
        for (size_t i = 0; i < ccdk_app_error_count(app); i++)
            found += strstr(ccdk_app_error(app, i), "own currentVersion") != NULL &&
                     strstr(ccdk_app_error(app, i), want) != NULL;
        CHECK_MSG(found == 1, "shape %d: %zu errors like %s", shape, found, want);
        CHECK_MSG(access(outdir, F_OK) != 0, "shape %d wrote %s", shape, outdir);
        ccdk_app_free(app);
    }
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(handler_dir, sizeof handler_dir, "%s/handler", tmpdir);
    char path[4400];
    snprintf(path, sizeof path, "mkdir -p %s && echo 'exports.handler = async () => 1;' > %s/index.js", handler_dir, handler_dir);
    if (system(path) != 0)
        return 1;
    RUN(current_version_self_reference); /* first: a later test leaves an error on the process */
    RUN(version_props_on_layer_on);
    RUN(version_props_on_layer_off);
    RUN(version_props_off_layer_on);
    RUN(version_props_off_layer_off);
    RUN(flags_change_the_hash);
    RUN(version_validations);
    RUN(grants_and_permissions_node);
    RUN(version_scaling_config);
    RUN(imported_alias_auto_scaling);
    snprintf(path, sizeof path, "rm -rf %s", tmpdir);
    if (system(path) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
