/* Conformance case 'integ-lambda-logging-config-logformat': aws-lambda
 * test/integ.logging-config-logformat.ts (the IntegTest is dropped). systemLogLevel /
 * applicationLogLevel given the enums' INFO are the strings "INFO" (the deprecated string props). */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id, ccdk_lambda_function_props props)
{
    props.code = ccdk_lambda_code_from_inline(stack, "foo");
    props.handler = "index.handler";
    props.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X;
    return ccdk_lambda_function_new(stack, id, &props);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-logging-config-logformat", NULL);
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(
        stack, "MyLogGroupWithLogGroupName", &(ccdk_logs_log_group_props){.log_group_name = "customStringLogFormatLogGroup"});
    fn(stack, "LambdaWithLogGroup", (ccdk_lambda_function_props){.log_group = log_group});
    fn(stack, "LambdaWithLogGroupAndNoLogGroupName", (ccdk_lambda_function_props){
        .log_group = ccdk_logs_log_group_new(stack, "MyLogGroupWithoutLogGroupName", NULL)});
    fn(stack, "LambdaWithStringTextFormat", (ccdk_lambda_function_props){.log_format = "Text"});
    fn(stack, "LambdaWithStringJSONFormat", (ccdk_lambda_function_props){.log_format = "JSON"});
    fn(stack, "LambdaWithLogLevel", (ccdk_lambda_function_props){
        .log_format = "JSON",
        .system_log_level = "INFO",
        .application_log_level = "INFO",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
