/* Conformance case 'integ-lambda-durable-config': aws-lambda test/integ.durable-config.ts.
 * Dropped: the IntegTest. Adapted: durableConfig's kmsKey is newer than aws-cdk-lib 2.276.0, so the
 * second function's durableConfig leaves it out; the key is still made. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-durable-config", NULL);
    const char *code = "exports.handler = async () => ({ statusCode: 200, body: \"Hello World\" });";
    ccdk_lambda_function_new(stack, "DurableFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, code),
        .durable_config = &(ccdk_lambda_durable_config){
            .execution_timeout = ccdk_duration_hours(1), .retention_period = ccdk_duration_days(30)},
    });
    ccdk_kms_key_new(stack, "DurableKey", &(ccdk_kms_key_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_lambda_function_new(stack, "DurableFunctionWithCmk", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, code),
        .durable_config = &(ccdk_lambda_durable_config){
            .execution_timeout = ccdk_duration_hours(1), .retention_period = ccdk_duration_days(30)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
