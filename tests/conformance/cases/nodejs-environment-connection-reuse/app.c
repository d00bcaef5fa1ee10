/* Conformance case 'nodejs-environment-connection-reuse': see app.js. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Old", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.js",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X, .environment = CCDK_KVS({"TABLE", "orders"}, {"STAGE", "prod"})},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.environment = CCDK_KVS({"NODE_ENV", "production"})}});
    ccdk_lambda_nodejs_function_new(stack, "OldNoReuse", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.js", .aws_sdk_connection_reuse = CCDK_FALSE,
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X, .environment = CCDK_KVS({"TABLE", "orders"})}});
    ccdk_lambda_nodejs_function_new(stack, "NewWithReuse", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.js", .aws_sdk_connection_reuse = CCDK_TRUE,
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .environment = CCDK_KVS({"STAGE", "dev"})}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
