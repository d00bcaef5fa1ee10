/* error: metricSuccessfulRequestLatency without an Operation dimension (see app.js) */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_dynamodb_table_metric_successful_request_latency(table, &(ccdk_cloudwatch_metric_options){
        .dimensions = CCDK_KVS({"TableName", ccdk_dynamodb_table_name(table)})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
