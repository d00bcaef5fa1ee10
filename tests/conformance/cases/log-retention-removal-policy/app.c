/* logRetention with the deprecated logRemovalPolicy DESTROY (the handler's role may delete the
 * group; @aws-cdk/aws-lambda:useCdkManagedLogGroup, which forbids it, is set off on the stack), and a
 * LogRetention made directly, in another region, with retry options that give no maxRetries. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false");
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .log_retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
        .log_removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_logs_log_retention *direct = ccdk_logs_log_retention_new(stack, "Direct", &(ccdk_logs_log_retention_props){
        .log_group_name = "shared-logs",
        .retention = CCDK_LOGS_RETENTION_TEN_YEARS,
        .log_group_region = "eu-west-1",
        .log_retention_retry_options = &(ccdk_logs_log_retention_retry_options){0},
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_cfn_output_new(stack, "DirectArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_retention_log_group_arn(direct)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
