/* Conformance case 'validation-report-names': see app.js. */
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Names", NULL);
    ccdk_lambda_code *code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n");
    ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "index.handler", .code = code,
        .environment = CCDK_KVS({"STAGE", "prod"}, {"X", "1"}, {"feature_flag", "on"}),
    });
    ccdk_lambda_function_add_alias(api, "v1.2", NULL);
    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "index.handler", .code = code,
        .environment = CCDK_KVS({"A-1", "v"}, {"LOG-LEVEL", "info"}),
    });
    ccdk_lambda_function_add_alias(worker, "2026", NULL);
    ccdk_lambda_function *reporter = ccdk_lambda_function_new(stack, "Reporter", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "index.handler", .code = code,
        .environment = CCDK_KVS({"_A1", "a"}, {"Z9", "z"}),
    });
    ccdk_lambda_function_add_alias(reporter, "release-2026_12", NULL);
    ccdk_kinesis_stream *clicks = ccdk_kinesis_stream_new(stack, "Clicks", &(ccdk_kinesis_stream_props){
        .stream_name = "click stream"});
    ccdk_kinesis_stream_consumer_new(stack, "Reader", &(ccdk_kinesis_stream_consumer_props){
        .stream = clicks, .stream_consumer_name = "reader#1"});
    ccdk_kinesis_stream *orders = ccdk_kinesis_stream_new(stack, "Orders", &(ccdk_kinesis_stream_props){
        .stream_name = "orders.v2_stream-1"});
    ccdk_kinesis_stream_consumer_new(stack, "OrdersReader", &(ccdk_kinesis_stream_consumer_props){
        .stream = orders, .stream_consumer_name = "orders.reader"});
    ccdk_logs_log_group_new(stack, "ApiLogs", &(ccdk_logs_log_group_props){.log_group_name = "/aws/lambda/orders api"});
    ccdk_logs_log_group_new(stack, "AppLogs", &(ccdk_logs_log_group_props){.log_group_name = "/app/orders#1.v2_x-y"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
