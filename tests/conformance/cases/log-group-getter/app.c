/* fn.logGroup of a function given no log group and no logRetention (a LogRetention with INFINITE
 * retention, or the managed LogGroup under @aws-cdk/aws-lambda:useCdkManagedLogGroup), and of one
 * with logRetention. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_cfn_output_new(stack, "GroupName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(ccdk_lambda_function_log_group(fn))});
    ccdk_cfn_output_new(stack, "GroupArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(ccdk_lambda_function_log_group(fn))});
    ccdk_lambda_function *other = ccdk_lambda_function_new(stack, "Other", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .log_retention = CCDK_LOGS_RETENTION_ONE_DAY,
    });
    ccdk_iam_role *reader = ccdk_iam_role_new(stack, "Reader", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });
    ccdk_logs_log_group_grant_write(ccdk_lambda_function_log_group(other), reader);
    ccdk_logs_log_group_grant_read(ccdk_lambda_function_log_group(other), reader);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
