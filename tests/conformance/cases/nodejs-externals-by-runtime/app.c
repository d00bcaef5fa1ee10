/* Conformance case 'nodejs-externals-by-runtime' (bundling.test.ts): the external modules by
 * runtime (aws-sdk on Node.js 16, @aws-sdk/ * on 18 and later, none on NODEJS_LATEST or with
 * bundle_aws_sdk, @smithy/ * too with @aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages) and
 * aws-cdk-lib's warnings on them; source map modes (DEFAULT; a mode without source_map); a custom
 * runtime equal to NODEJS_20_X; a custom tsconfig (its paths resolve an import). The handler
 * imports a module of each kind from the case's node_modules: an external one stays a require. */
#include <ccdk/lambda_nodejs.h>

static void fn(ccdk_stack *scope, const char *id, const ccdk_lambda_runtime *runtime, const ccdk_lambda_nodejs_bundling_options *b)
{
    ccdk_lambda_nodejs_function_new(scope, id, &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts", .function = {.runtime = runtime}, .bundling = b});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const ccdk_lambda_runtime *n16 = CCDK_LAMBDA_RUNTIME_NODEJS_16_X, *n20 = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
                              *latest = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST;

    fn(stack, "Node16", n16, NULL);
    fn(stack, "Node16SdkV3", n16, &(ccdk_lambda_nodejs_bundling_options){.external_modules = CCDK_STRS("@aws-sdk/client-s3")});
    fn(stack, "Node16BundleSdk", n16, &(ccdk_lambda_nodejs_bundling_options){.bundle_aws_sdk = CCDK_TRUE});
    fn(stack, "Node20", n20, NULL);
    fn(stack, "Node20SdkV2", n20, &(ccdk_lambda_nodejs_bundling_options){.external_modules = CCDK_STRS("aws-sdk")});
    fn(stack, "Node20BundleSdk", n20, &(ccdk_lambda_nodejs_bundling_options){.bundle_aws_sdk = CCDK_TRUE});
    fn(stack, "Latest", latest, NULL);
    fn(stack, "LatestExternal", latest, &(ccdk_lambda_nodejs_bundling_options){.external_modules = CCDK_STRS("my-external-dep")});
    fn(stack, "SourceMapDefault", n20, &(ccdk_lambda_nodejs_bundling_options){
        .source_map = CCDK_TRUE, .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_DEFAULT});
    fn(stack, "SourceMapModeOnly", n20, &(ccdk_lambda_nodejs_bundling_options){
        .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_INLINE, .log_level = CCDK_NODEJS_LOG_LEVEL_ERROR});
    static const ccdk_lambda_runtime custom = {.name = "nodejs20.x", .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1};
    fn(stack, "CustomRuntime", &custom, &(ccdk_lambda_nodejs_bundling_options){.source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_INLINE});
    ccdk_lambda_nodejs_function_new(stack, "Tsconfig", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/aliased.ts", .function = {.runtime = n20},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.tsconfig = "lib/custom-tsconfig.json"}});

    /* the feature flag on a stack of its own */
    ccdk_stack *smithy = ccdk_stack_new(app, "Smithy", NULL);
    ccdk_node_set_context(smithy, "@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages", "true");
    fn(smithy, "Node16", n16, NULL);
    fn(smithy, "Node20", n20, NULL);
    fn(smithy, "Node20BundleSdk", n20, &(ccdk_lambda_nodejs_bundling_options){.bundle_aws_sdk = CCDK_TRUE});
    fn(smithy, "Latest", latest, NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
