/* Conformance case 'error-nodejs-package-json-null': see app.js. aws-cdk-lib's TypeError
 * "Cannot read properties of null (reading 'dependencies')". */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "fn/handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE,
            .docker_image = ccdk_docker_image_from_registry(stack, "my/esbuild"),
            .node_modules = CCDK_STRS("left-pad")}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
