/* v2: adotInstrumentation with a JavaScript SDK layer version in us-west-2 (tracing becomes Active), and the generic LATEST on arm64 with tracing PASS_THROUGH
 * Ported from aws-cdk: adot.test.ts 'is added properly when the region information is available at synthesis time'; function.test.ts, its adotInstrumentation tests (the matching function.test.ts test not located in the stored copy of aws-cdk) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVASCRIPT_SDK, "1.7.0"},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        },
    });
    ccdk_lambda_function_new(stack, "GenericFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .tracing = CCDK_LAMBDA_TRACING_PASS_THROUGH,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_GENERIC, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_PROXY_HANDLER,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
