/* Conformance case 'ported-nodejs-local-esbuild-options' (bundling.test.ts 'Local bundling with esbuild
 * options via spawn'): every esbuild option of the test bundled locally; see app.js for what is
 * left out and why. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyTestStack", NULL);

    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .minify = CCDK_TRUE,
            .source_map = CCDK_TRUE,
            .sources_content = CCDK_FALSE,
            .target = "es2020",
            .loader = CCDK_KVS({".png", "dataurl"}),
            .log_level = CCDK_NODEJS_LOG_LEVEL_SILENT,
            .keep_names = CCDK_TRUE,
            .tsconfig = "lib/custom-tsconfig.json",
            .banner = "/* comments */",
            .footer = "/* comments */",
            .charset = CCDK_NODEJS_CHARSET_UTF8,
            .main_fields = CCDK_STRS("module", "main"),
            .define = CCDK_KVS({"process.env.KEY", "\"VALUE\""}, {"process.env.BOOL", "true"}),
            .format = CCDK_NODEJS_FORMAT_ESM,
            .inject = CCDK_STRS("./my-shim.js"),
            .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--resolve-extensions", ".ts,.js"}, {"--keep-names", ""},
                                     {"--out-extension", ".js=.mjs"}),
        }});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
