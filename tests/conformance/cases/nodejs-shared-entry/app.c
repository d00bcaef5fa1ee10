/* Conformance case 'nodejs-shared-entry': see app.js. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "List", &(ccdk_lambda_nodejs_function_props){
        .entry = "api.ts", .function = {.handler = "list", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X}});
    ccdk_lambda_nodejs_function_new(stack, "Get", &(ccdk_lambda_nodejs_function_props){
        .entry = "api.ts", .function = {.handler = "get", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X}});
    ccdk_lambda_nodejs_function_new(stack, "GetMinified", &(ccdk_lambda_nodejs_function_props){
        .entry = "api.ts", .function = {.handler = "get", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.minify = CCDK_TRUE}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
