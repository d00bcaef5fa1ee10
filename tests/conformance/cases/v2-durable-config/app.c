/* v2: durableConfig (execution timeout, retention period, boundary values) and the role policy of a durable function
 * Ported from aws-cdk: durable-config.test.ts 'DurableConfig with execution timeout only', 'DurableConfig with execution timeout and retention period', 'DurableConfig allows valid boundary values', 'Durable function uses AWSLambdaBasicDurableExecutionRolePolicy instead of AWSLambdaBasicExecutionRole', 'Non-durable function uses AWSLambdaBasicExecutionRole' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_hours(1)},
    });
    ccdk_lambda_function_new(stack, "LambdaRetention", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_hours(2), .retention_period = ccdk_duration_days(60)},
    });
    ccdk_lambda_function_new(stack, "Lambda1", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_seconds(1)},
    });
    ccdk_lambda_function_new(stack, "Lambda2", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_seconds(31622400)},
    });
    ccdk_lambda_function_new(stack, "Lambda3", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_hours(1), .retention_period = ccdk_duration_days(1)},
    });
    ccdk_lambda_function_new(stack, "Lambda4", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_hours(1), .retention_period = ccdk_duration_days(90)},
    });
    ccdk_lambda_function_new(stack, "NonDurable", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
