/* Table.metricThrottledRequestsForOperations / metricSystemErrorsForOperations in alarms (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>

static ccdk_stack *stack;

static void alarm(const char *id, ccdk_cloudwatch_metric *metric)
{
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_attribute pk = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING};
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){.partition_key = pk});
    ccdk_cfn_output_new(stack, "AllOperations", &(ccdk_cfn_output_props){
        .value = ccdk_cloudwatch_metric_expression(ccdk_dynamodb_table_metric_throttled_requests_for_operations(table, NULL))});
    ccdk_cfn_output_new(stack, "AllErrors", &(ccdk_cfn_output_props){
        .value = ccdk_cloudwatch_metric_expression(ccdk_dynamodb_table_metric_system_errors_for_operations(table, NULL))});
    alarm("ThrottledSome", ccdk_dynamodb_table_metric_throttled_requests_for_operations(table, &(ccdk_dynamodb_operations_metric_options){
        .operations = CCDK_STRS("GetItem", "PutItem"), .metric = {.period = ccdk_duration_minutes(1), .label = "Each"}}));
    alarm("ErrorsSome", ccdk_dynamodb_table_metric_system_errors_for_operations(table, &(ccdk_dynamodb_operations_metric_options){
        .operations = CCDK_STRS("Query"), .metric = {.statistic = "max"}}));
    ccdk_dynamodb_table *v2 = ccdk_dynamodb_table_v2_new(stack, "TableV2", &(ccdk_dynamodb_table_v2_props){.partition_key = pk});
    alarm("V2Errors", ccdk_dynamodb_table_metric_system_errors_for_operations(v2, &(ccdk_dynamodb_operations_metric_options){
        .operations = CCDK_STRS("Scan", "BatchWriteItem")}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
