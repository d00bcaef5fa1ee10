/* aws-lambda/test/logging-config.test.ts's synthesizing tests in one stack (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
#define PROPS .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler", \
              .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        PROPS, .log_group = ccdk_logs_log_group_new(stack, "MyLogGroup", NULL)});
    ccdk_logs_log_group *named = ccdk_logs_log_group_new(stack, "NamedLogGroup", &(ccdk_logs_log_group_props){
        .log_group_name = "customLogGroup"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "NamedLambda", &(ccdk_lambda_function_props){
        PROPS, .log_group = named});
    ccdk_lambda_function_new(stack, "TextLambda", &(ccdk_lambda_function_props){PROPS, .log_format = "Text"});
    ccdk_lambda_function_new(stack, "JsonLambda", &(ccdk_lambda_function_props){PROPS, .log_format = "JSON"});
    ccdk_lambda_function_new(stack, "LevelLambda", &(ccdk_lambda_function_props){
        PROPS, .log_format = "JSON", .system_log_level = "INFO", .application_log_level = "INFO"});
    ccdk_cfn_output_new(stack, "LogGroupName", &(ccdk_cfn_output_props){
        .value = ccdk_logs_log_group_name(ccdk_lambda_function_log_group(fn))});
    ccdk_cfn_output_new(stack, "LogGroupPhysicalName", &(ccdk_cfn_output_props){
        .value = ccdk_logs_log_group_physical_name(ccdk_lambda_function_log_group(fn))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
