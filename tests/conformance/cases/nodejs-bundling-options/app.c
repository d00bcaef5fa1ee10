/* Conformance case 'nodejs-bundling-options': minify, source maps (external mode, no sources
 * content), an explicit target, define, a loader, banner and footer, keepNames, the ESM format
 * (index.mjs), mainFields and esbuildArgs, on NODEJS_22_X. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(
        stack, "Function",
        &(ccdk_lambda_nodejs_function_props){
            .entry = "handler.ts",
            .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X},
            .bundling = &(ccdk_lambda_nodejs_bundling_options){
                .minify = CCDK_TRUE,
                .source_map = CCDK_TRUE,
                .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_EXTERNAL,
                .sources_content = CCDK_FALSE,
                .target = "es2022",
                .define = CCDK_KVS({"BUILD_STAGE", "\"prod\""}),
                .loader = CCDK_KVS({".txt", "text"}),
                .banner = "/* built by the conformance suite */",
                .footer = "/* end */",
                .keep_names = CCDK_TRUE,
                .format = CCDK_NODEJS_FORMAT_ESM,
                .main_fields = CCDK_STRS("module", "main"),
                .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--legal-comments", "eof"}),
            },
        });
    ccdk_lambda_nodejs_function_new(stack, "Inline",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "handler.ts",
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X},
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .source_map = CCDK_TRUE,
                                            .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_INLINE,
                                            .define = CCDK_KVS({"BUILD_STAGE", "\"dev\""}),
                                            .loader = CCDK_KVS({".txt", "text"}),
                                        },
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
