/* Conformance case 'error-nodejs-sourcemap-mode-without-sourcemap': sourceMapMode with sourceMap
 * false is aws-cdk-lib's error (bundling.test.ts "esbuild bundling throws when sourceMapMode used
 * with false sourceMap"). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .source_map = CCDK_FALSE,
            .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_INLINE,
        }});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
