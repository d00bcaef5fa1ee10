/* Durations of a number token in a durable function's executionTimeout (seconds) and
 * retentionPeriod (days), where aws-cdk-lib skips the range checks (isUnresolved()), and in the
 * Parameters and Secrets extension's options, whose TTL checks (> 300) a token passes: environment
 * variables that are the token ({"Ref": ...}). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *p = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "P", &(ccdk_cfn_parameter_props){.type = "Number"}));
    ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4",
            .secrets_manager_ttl = ccdk_duration_seconds_token(p),
            .parameter_store_timeout = ccdk_duration_millis_token(p),
        },
        .durable_config = &(ccdk_lambda_durable_config){
            .execution_timeout = ccdk_duration_seconds_token(p), .retention_period = ccdk_duration_days_token(p)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
