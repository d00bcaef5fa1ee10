/* A function that logs to a user LogGroup (props.log_group), the group's grantWrite, grantRead and
 * grant, its getters, and LogGroup.fromLogGroupName / fromLogGroupArn (a literal ARN, a parameter). */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "MyLogGroup", &(ccdk_logs_log_group_props){
        .log_group_name = "my-function-logs",
        .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .log_group = log_group,
    });
    /* a second group with every default, and one that keeps its logs forever */
    ccdk_logs_log_group_new(stack, "DefaultGroup", NULL);
    ccdk_logs_log_group_new(stack, "ForeverGroup", &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_INFINITE});

    ccdk_iam_role *writer = ccdk_iam_role_new(stack, "Writer", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ec2.amazonaws.com"),
    });
    ccdk_logs_log_group_grant_write(log_group, writer);
    ccdk_logs_log_group *by_name = ccdk_logs_log_group_from_log_group_name(stack, "ByName", "shared-logs");
    ccdk_logs_log_group_grant_write(by_name, writer);
    ccdk_iam_role *reader = ccdk_iam_role_new(stack, "Reader", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });
    ccdk_logs_log_group_grant_read(log_group, reader);
    ccdk_logs_log_group_grant_read(by_name, reader);
    ccdk_logs_log_group_grant(log_group, reader, CCDK_STRS("logs:StartQuery", "logs:GetQueryResults"));
    ccdk_cfn_parameter *shared_arn = ccdk_cfn_parameter_new(stack, "SharedGroupArn", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_logs_log_group *by_param =
        ccdk_logs_log_group_from_log_group_arn(stack, "ByParam", ccdk_cfn_parameter_value_as_string(shared_arn));
    ccdk_logs_log_group_grant_read(by_param, reader);
    ccdk_logs_log_group *by_arn =
        ccdk_logs_log_group_from_log_group_arn(stack, "ByArn", "arn:aws:logs:us-east-1:123456789012:log-group:other-logs:*");

    ccdk_cfn_output_new(stack, "GroupName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(ccdk_lambda_function_log_group(fn))});
    ccdk_cfn_output_new(stack, "GroupArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(log_group)});
    ccdk_cfn_output_new(stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(by_name)});
    ccdk_cfn_output_new(stack, "ByArnName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(by_arn)});
    ccdk_cfn_output_new(stack, "ByParamName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(by_param)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
