/* dynamodb.test.ts: every property, table classes, contributor insights (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>

#define TABLE_PARTITION_KEY {.name = "hashKey", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EveryProperty", NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
            .table_name = "MyTable",
            .read_capacity = CCDK_NUM(42),
            .write_capacity = CCDK_NUM(1337),
            .point_in_time_recovery = CCDK_TRUE,
            .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PROVISIONED,
            .stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY,
            .time_to_live_attribute = "timeToLive",
            .partition_key = TABLE_PARTITION_KEY,
            .sort_key = {.name = "sortKey", .type = CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
            .contributor_insights_enabled = CCDK_TRUE,
            .kinesis_stream = stream,
            .table_class = CCDK_DYNAMODB_TABLE_CLASS_STANDARD,
        });
        ccdk_tags_add(table, "Environment", "Production");
    }
    ccdk_dynamodb_table_new(ccdk_stack_new(app, "InfrequentAccess", NULL), "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = TABLE_PARTITION_KEY, .table_class = CCDK_DYNAMODB_TABLE_CLASS_STANDARD_INFREQUENT_ACCESS});
    ccdk_dynamodb_table_new(ccdk_stack_new(app, "Standard", NULL), "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = TABLE_PARTITION_KEY, .table_class = CCDK_DYNAMODB_TABLE_CLASS_STANDARD});
    ccdk_dynamodb_table_new(ccdk_stack_new(app, "NoClass", NULL), "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = TABLE_PARTITION_KEY, .contributor_insights_enabled = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
