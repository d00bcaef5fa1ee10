/* Conformance case 'unit-dynamodb-metrics': the table metrics in alarms and outputs (see app.js).
 * Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts. */
#include <stdio.h>
#include <string.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>

static ccdk_app *app;

#define ID_KEY ((ccdk_dynamodb_attribute){"id", CCDK_DYNAMODB_ATTRIBUTE_STRING})

static void alarm(ccdk_stack *stack, const char *id, ccdk_cloudwatch_metric *metric)
{
    char name[64];
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    snprintf(name, sizeof name, "%sStatistic", id);
    ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_statistic(metric)});
    if (ccdk_cloudwatch_metric_label(metric)) {
        snprintf(name, sizeof name, "%sLabel", id);
        ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_label(metric)});
    }
}

static void dimensions(ccdk_stack *stack, const char *id, ccdk_cloudwatch_metric *metric)
{
    ccdk_kvs d = ccdk_cloudwatch_metric_dimensions(metric);
    char name[64];
    for (size_t i = 0; i < d.count; i++) {
        snprintf(name, sizeof name, "%sKey%zu", id, i);
        ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){.value = d.items[i].key});
        snprintf(name, sizeof name, "%sValue%zu", id, i);
        ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){.value = d.items[i].value});
    }
}

static ccdk_dynamodb_table *S(const char *id, ccdk_stack **stack)
{
    *stack = ccdk_stack_new(app, id, NULL);
    return ccdk_dynamodb_table_new(*stack, "Table", &(ccdk_dynamodb_table_props){.partition_key = ID_KEY});
}

int main(void)
{
    app = ccdk_app_new(NULL);
    ccdk_stack *stack;
    {
        ccdk_dynamodb_table *table = S("ConsumedRead", &stack);
        alarm(stack, "Metric", ccdk_dynamodb_table_metric_consumed_read_capacity_units(table, NULL));
    }
    {
        ccdk_dynamodb_table *table = S("ConsumedWrite", &stack);
        alarm(stack, "Metric", ccdk_dynamodb_table_metric_consumed_write_capacity_units(table, NULL));
    }
    {
        ccdk_dynamodb_table *table = S("SystemErrorsNoTableName", &stack);
        dimensions(stack, "Dims", ccdk_dynamodb_table_metric_system_errors(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"Operation", "GetItem"})}));
    }
    {
        ccdk_dynamodb_table *table = S("SystemErrors", &stack);
        alarm(stack, "Metric", ccdk_dynamodb_table_metric_system_errors(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"TableName", ccdk_dynamodb_table_name(table)}, {"Operation", "GetItem"})}));
    }
    {
        ccdk_dynamodb_table *table = S("UserErrors", &stack);
        alarm(stack, "Metric", ccdk_dynamodb_table_metric_user_errors(table, NULL));
        ccdk_kvs d = ccdk_cloudwatch_metric_dimensions(ccdk_dynamodb_table_metric_user_errors(table, NULL));
        ccdk_cfn_output_new(stack, "Dims", &(ccdk_cfn_output_props){.value = d.built_by_ccdk_list && !d.count ? "{}" : "?"});
    }
    {
        ccdk_dynamodb_table *table = S("ConditionalCheckFailed", &stack);
        alarm(stack, "Metric", ccdk_dynamodb_table_metric_conditional_check_failed_requests(table, NULL));
    }
    {
        ccdk_dynamodb_table *table = S("LatencyNoTableName", &stack);
        dimensions(stack, "Dims", ccdk_dynamodb_table_metric_successful_request_latency(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"Operation", "GetItem"})}));
    }
    {
        ccdk_dynamodb_table *table = S("Latency", &stack);
        alarm(stack, "Metric", ccdk_dynamodb_table_metric_successful_request_latency(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"TableName", ccdk_dynamodb_table_name(table)}, {"Operation", "GetItem"})}));
    }
    {
        ccdk_dynamodb_table *table = S("MoreMetrics", &stack);
        alarm(stack, "Custom", ccdk_dynamodb_table_metric(table, "ReturnedItemCount", NULL));
        alarm(stack, "Throttled", ccdk_dynamodb_table_metric_throttled_requests_for_operation(table, "PutItem", NULL));
        alarm(stack, "ThrottledOptions", ccdk_dynamodb_table_metric_throttled_requests_for_operation(table, "Query", &(ccdk_cloudwatch_metric_options){
            .statistic = "Maximum", .period = ccdk_duration_minutes(1), .label = "Throttled queries"}));
        alarm(stack, "Options", ccdk_dynamodb_table_metric_consumed_read_capacity_units(table, &(ccdk_cloudwatch_metric_options){
            .statistic = "Average", .unit = "Count"}));
        alarm(stack, "Dimensions", ccdk_dynamodb_table_metric(table, "Other", &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"TableName", "other"})}));
        alarm(stack, "UserErrorsDims", ccdk_dynamodb_table_metric_user_errors(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"TableName", "ignored"})}));
        alarm(stack, "SystemErrorsExtra", ccdk_dynamodb_table_metric_system_errors(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"Operation", "Scan"}, {"Extra", "x"})}));
        alarm(stack, "LatencyExtra", ccdk_dynamodb_table_metric_successful_request_latency(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"Extra", "x"}, {"Operation", "Query"})}));
        ccdk_dynamodb_table *imported = ccdk_dynamodb_table_from_table_name(stack, "Imported", "my-table");
        alarm(stack, "ImportedRead", ccdk_dynamodb_table_metric_consumed_read_capacity_units(imported, NULL));
    }
    {
        stack = ccdk_stack_new(app, "TableV2Metrics", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){.partition_key = ID_KEY});
        alarm(stack, "ConsumedRead", ccdk_dynamodb_table_metric_consumed_read_capacity_units(table, NULL));
        alarm(stack, "UserErrors", ccdk_dynamodb_table_metric_user_errors(table, NULL));
        alarm(stack, "Latency", ccdk_dynamodb_table_metric_successful_request_latency(table, &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"Operation", "GetItem"})}));
        alarm(stack, "Throttled", ccdk_dynamodb_table_metric_throttled_requests_for_operation(table, "PutItem", NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
