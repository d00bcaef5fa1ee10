/* Conformance case 'integ-lambda-logging-config': aws-lambda test/integ.logging-config.ts
 * (the IntegTest is dropped). systemLogLevel / applicationLogLevel given the enums
 * SystemLogLevel.INFO / ApplicationLogLevel.INFO are the strings "INFO" (the deprecated string props). */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id, ccdk_lambda_function_props props)
{
    props.code = ccdk_lambda_code_from_inline(stack, "foo");
    props.handler = "index.handler";
    props.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X;
    return ccdk_lambda_function_new(stack, id, &props);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-logging-config", NULL);
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "MyLogGroupWithLogGroupName",
                                                             &(ccdk_logs_log_group_props){.log_group_name = "customLogGroup"});
    fn(stack, "LambdaWithLogGroup", (ccdk_lambda_function_props){.log_group = log_group});
    fn(stack, "LambdaWithLogGroupAndNoLogGroupName", (ccdk_lambda_function_props){
        .log_group = ccdk_logs_log_group_new(stack, "MyLogGroupWithoutLogGroupName", NULL)});
    fn(stack, "LambdaWithTextFormat", (ccdk_lambda_function_props){.logging_format = CCDK_LAMBDA_LOGGING_FORMAT_TEXT});
    fn(stack, "LambdaWithJSONFormat", (ccdk_lambda_function_props){.logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON});
    fn(stack, "LambdaWithTextLoggingFormat", (ccdk_lambda_function_props){.logging_format = CCDK_LAMBDA_LOGGING_FORMAT_TEXT});
    fn(stack, "LambdaWithJSONLoggingFormat", (ccdk_lambda_function_props){.logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON});
    fn(stack, "LambdaWithLogLevel", (ccdk_lambda_function_props){
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .system_log_level = "INFO",
        .application_log_level = "INFO",
    });
    fn(stack, "LambdaWithLogLevelV2", (ccdk_lambda_function_props){
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_INFO,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
