/* error: durableConfig retentionPeriod of 0 days
 * Ported from aws-cdk: durable-config.test.ts 'Function validates retention period bounds' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_lambda_function_new(stack, "Lambda1", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_hours(1), .retention_period = ccdk_duration_days(0)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
