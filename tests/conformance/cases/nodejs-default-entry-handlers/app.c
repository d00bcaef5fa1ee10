/* Conformance case 'nodejs-default-entry-handlers' (function.test.ts): NodejsFunctions without an
 * entry, found next to the defining file as aws-cdk-lib finds them next to app.js (app.<id>.ts,
 * .js, .mjs, .mts, .cts, .cjs, the first that exists), a handler without a dot ("index.myHandler")
 * and with one (as is), and bundling environment variables. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const ccdk_lambda_runtime *runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X;

    ccdk_lambda_nodejs_function_new(stack, "handler1", &(ccdk_lambda_nodejs_function_props){.defining_file = "app.c"});
    static const char *const ids[] = {"handler2", "handler3", "handler4", "handler5", "handler6", "handler7", "handler8"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        ccdk_lambda_nodejs_function_new(stack, ids[i], &(ccdk_lambda_nodejs_function_props){
                                                           .defining_file = "app.c", .function = {.runtime = runtime}});

    ccdk_stack *handlers = ccdk_stack_new(app, "Handlers", NULL);
    ccdk_lambda_nodejs_function_new(handlers, "handler1", &(ccdk_lambda_nodejs_function_props){
        .defining_file = "app.c", .function = {.handler = "myHandler", .runtime = runtime}});
    ccdk_stack *dotted = ccdk_stack_new(app, "Dotted", NULL);
    ccdk_lambda_nodejs_function_new(dotted, "handler1", &(ccdk_lambda_nodejs_function_props){
        .defining_file = "app.c",
        .function = {.handler = "run.sh", .runtime = runtime},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.environment = CCDK_KVS({"KEY", "VALUE"})}});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
