/* Conformance case 'nodejs-bundling-tests' (bundling.test.ts, local bundling): a handler named
 * index.ts with a verbose log level, a tsconfig with an explicit projectRoot, a custom asset hash
 * ('with custom hash': AssetHashType.CUSTOM, whose hash covers JSON.stringify of aws-cdk-lib's
 * Bundling object), alone and with options (given in the order of ccdk's bundling options struct),
 * a function per test. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyTestStack", NULL);
    const ccdk_lambda_runtime *runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X;

    ccdk_lambda_nodejs_function_new(stack, "Index", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.ts", .function = {.runtime = runtime}});
    ccdk_lambda_nodejs_function_new(stack, "Verbose", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.ts", .function = {.runtime = runtime},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_VERBOSE}});
    ccdk_lambda_nodejs_function_new(stack, "ProjectRoot", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.ts", .function = {.runtime = runtime}, .project_root = ".",
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.tsconfig = "lib/custom-tsconfig.json"}});
    ccdk_lambda_nodejs_function_new(stack, "CustomHash", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/handler.ts", .function = {.runtime = runtime},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.asset_hash = "custom"}});
    ccdk_lambda_nodejs_function_new(stack, "CustomHashOptions", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .minify = CCDK_TRUE,
            .source_map = CCDK_TRUE,
            .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_INLINE,
            .sources_content = CCDK_FALSE,
            .target = "es2022",
            .loader = CCDK_KVS({".png", "dataurl"}),
            .define = CCDK_KVS({"process.env.KEY", "\"VALUE\""}),
            .log_level = CCDK_NODEJS_LOG_LEVEL_ERROR,
            .keep_names = CCDK_TRUE,
            .tsconfig = "lib/custom-tsconfig.json",
            .banner = "/* b */",
            .footer = "/* f */",
            .charset = CCDK_NODEJS_CHARSET_UTF8,
            .format = CCDK_NODEJS_FORMAT_ESM,
            .main_fields = CCDK_STRS("module", "main"),
            .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--minify-whitespace", NULL}),
            .external_modules = CCDK_STRS("abc"),
            .bundle_aws_sdk = CCDK_TRUE,
            .environment = CCDK_KVS({"KEY", "value"}),
            .force_docker_bundling = CCDK_FALSE,
            .asset_hash = "custom-options"}});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
