/* Two functions with logRetention in one stack share one LogRetention handler; its role is the
 * user's (log_retention_role), with retry options. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "LogRetentionRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_lambda_function_new(stack, "First", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .log_retention = CCDK_LOGS_RETENTION_THREE_MONTHS,
        .log_retention_role = role,
        .log_retention_retry_options = &(ccdk_logs_log_retention_retry_options){
            .max_retries = CCDK_NUM(10),
            .base = ccdk_duration_millis(200),
        },
    });
    ccdk_lambda_function_new(stack, "Second", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .log_retention = CCDK_LOGS_RETENTION_INFINITE,
        .log_retention_role = role,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
