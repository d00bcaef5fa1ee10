/* Conformance case 'ported-nodejs-function-tests': aws-lambda-nodejs function.test.ts's tests
 * whose template a C program can check, a stack per test where the functions (all 'handler1',
 * entry app.handler1.ts found next to the defining file) would clash; see app.js. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* 'NodejsFunction with .ts handler', 'configures connection reuse for aws sdk', 'defaults to
     * NODEJS_16_X with feature flag disabled': new Stack() */
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_nodejs_function_new(stack, "handler1", &(ccdk_lambda_nodejs_function_props){.defining_file = "app.c"});

    /* 'can opt-out of connection reuse for aws sdk' */
    ccdk_stack *opt_out = ccdk_stack_new(app, "OptOut", NULL);
    ccdk_lambda_nodejs_function_new(opt_out, "handler1", &(ccdk_lambda_nodejs_function_props){
        .defining_file = "app.c", .aws_sdk_connection_reuse = CCDK_FALSE});

    /* 'defaults to NODEJS_LATEST with feature flag enabled' */
    ccdk_stack *stack_ff = ccdk_stack_new(app, "TestStackFF", NULL);
    ccdk_node_set_context(stack_ff, "@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion", "true");
    ccdk_lambda_nodejs_function_new(stack_ff, "handler1", &(ccdk_lambda_nodejs_function_props){.defining_file = "app.c"});

    /* 'if code and handler properties are included, the template can be synthesized' */
    ccdk_stack *custom = ccdk_stack_new(app, "CustomCommand", NULL);
    ccdk_lambda_nodejs_function_new(custom, "handler1", &(ccdk_lambda_nodejs_function_props){
        .defining_file = "app.c",
        .function = {.handler = "Random.Name",
                     .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
                     .code = ccdk_lambda_code_from_custom_command(custom, "app.handler7.zip", CCDK_STRS("node"), NULL)}});

    /* describe('Node 18+ runtimes') */
    ccdk_stack *node18 = ccdk_stack_new(app, "Node18Default", NULL);
    ccdk_lambda_nodejs_function_new(node18, "handler1", &(ccdk_lambda_nodejs_function_props){
        .defining_file = "app.c", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X}});
    ccdk_stack *node18_off = ccdk_stack_new(app, "Node18OptOut", NULL);
    ccdk_lambda_nodejs_function_new(node18_off, "handler1", &(ccdk_lambda_nodejs_function_props){
        .defining_file = "app.c", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
        .aws_sdk_connection_reuse = CCDK_FALSE});
    ccdk_stack *node18_on = ccdk_stack_new(app, "Node18Reuse", NULL);
    ccdk_lambda_nodejs_function_new(node18_on, "handler1", &(ccdk_lambda_nodejs_function_props){
        .defining_file = "app.c", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
        .aws_sdk_connection_reuse = CCDK_TRUE});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
