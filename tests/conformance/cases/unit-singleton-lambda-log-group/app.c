/* Conformance case 'unit-singleton-lambda-log-group': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const ccdk_lambda_singleton_function_props props = {
        .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
        .function = {
            .code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
            .handler = "index.hello",
            .timeout = ccdk_duration_minutes(5),
        },
    };
    ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton", &props);
    ccdk_logs_log_group *group = ccdk_lambda_function_log_group(ccdk_lambda_singleton_function_lambda(singleton));
    ccdk_cfn_output_new(stack, "LogGroupName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(group)});
    ccdk_cfn_output_new(stack, "LogGroupArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(group)});
    ccdk_lambda_singleton_function *again = ccdk_lambda_singleton_function_new(stack, "Again", &props);
    ccdk_lambda_function *again_fn = ccdk_lambda_singleton_function_lambda(again);
    ccdk_cfn_output_new(stack, "SameLogGroup", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_log_group(again_fn) == group ? "true" : "false"});
    ccdk_cfn_output_new(stack, "Runtime", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_runtime(again_fn)->name});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
