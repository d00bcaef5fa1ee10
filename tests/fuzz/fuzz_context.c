/* fuzz_context.c - libFuzzer target: the content of $CDK_CONTEXT_JSON.
 *
 * The input (up to its first NUL: an environment variable cannot hold one) is set as
 * CDK_CONTEXT_JSON before ccdk_app_new, which parses it. Then every context key it set, and each
 * flag ccdk reads, is read back (ccdk_node_try_get_context, ccdk_feature_flag_enabled), and an
 * app whose output depends on context is synthesized: a Function with inline code and its
 * currentVersion (version-props flags), one with asset code (assetHashSalt, asset metadata,
 * bundling-stacks), a layer, and a stack with an environment (target-partitions, qualifier).
 * Invariant (fuzzlib.h): an error recorded and nothing written, or every JSON file parses. */
#include "fuzzlib.h"

#include "ccdk/lambda_versions.h"

static const char *const flags[] = {
    "@aws-cdk/core:assetHashSalt", "@aws-cdk/core:bootstrapQualifier", "@aws-cdk/core:target-partitions",
    "@aws-cdk/core:newStyleStackSynthesis", "@aws-cdk/core:enableStackNameDuplicates",
    "@aws-cdk/core:stackRelativeExports", "@aws-cdk/core:enablePartitionLiterals",
    "@aws-cdk/core:aspectStabilization", "@aws-cdk/core:automaticL1Traits",
    "@aws-cdk/aws-lambda:recognizeVersionProps", "@aws-cdk/aws-lambda:recognizeLayerVersion",
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup", "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy",
    "@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias", "@aws-cdk/aws-iam:minimizePolicies",
    "@aws-cdk/aws-ecr-assets:dockerIgnoreSupport", "aws:cdk:enable-asset-metadata",
    "aws:cdk:enable-path-metadata", "aws:cdk:bundling-stacks", "aws:cdk:disable-version-reporting",
    "@aws-cdk/not-a-flag:atAll", "",
};

/* a small asset directory, made once per process */
static const char *asset_dir(void)
{
    static char dir[300];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "%s/asset", fz_tmp());
        char f[400];
        snprintf(f, sizeof f, "%s/sub", dir);
        if (ccdk__mkdir_p(f) != 0)
            abort();
        snprintf(f, sizeof f, "%s/index.js", dir);
        ccdk__write_file(f, "exports.handler = async () => 1;\n", 33);
        snprintf(f, sizeof f, "%s/sub/data.txt", dir);
        ccdk__write_file(f, "data\n", 5);
    }
    return dir;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *json = malloc(size + 1);
    if (!json)
        abort();
    memcpy(json, data, size);
    json[size] = 0;
    const char *dir = asset_dir();
    setenv("CDK_CONTEXT_JSON", json, 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = fz_outdir(), .quiet = 1});
    unsetenv("CDK_CONTEXT_JSON");
    free(json);

    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_stack *env_stack = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){.account = "123456789012", .region = "cn-north-1"});
    /* every key given, and every flag ccdk knows, read back from the app, a stack and a function */
    for (size_t i = 0; app->context && i < app->context->u.obj.n; i++) {
        const char *k = app->context->u.obj.e[i].key;
        ccdk_node_try_get_context(stack, k);
        ccdk_feature_flag_enabled(stack, k);
    }
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++) {
        ccdk_node_try_get_context(app, flags[i]);
        ccdk_feature_flag_enabled(env_stack, flags[i]);
    }
    ccdk_stack_partition(env_stack);

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Inline", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .environment = CCDK_KVS({"A", "b"}),
    });
    ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(env_stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(env_stack, dir, NULL),
    });
    ccdk_lambda_function *afn = ccdk_lambda_function_new(env_stack, "Asset", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(env_stack, dir, &(ccdk_asset_options){
            .exclude = CCDK_STRS("*.txt"),
        }),
        .layers = CCDK_LIST(layer),
    });
    ccdk_lambda_function_current_version(afn);
    fz_synth_and_check(app, NULL, NULL);
    return 0;
}
