/* table-v2.test.ts: a TableV2's table options (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>

#define PK {.name = "pk", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}
#define V2(id, ...) ccdk_dynamodb_table_v2_new(ccdk_stack_new(app, id, NULL), "Table", &(ccdk_dynamodb_table_v2_props){__VA_ARGS__})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    V2("Default", .partition_key = PK);
    V2("DynamoStream", .partition_key = PK, .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE);
    V2("SortKey", .partition_key = PK, .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_NUMBER});
    V2("ContributorInsights", .partition_key = PK, .contributor_insights = CCDK_TRUE);
    V2("DeletionProtection", .partition_key = PK, .deletion_protection = CCDK_TRUE);
    V2("Pitr", .partition_key = PK, .point_in_time_recovery = CCDK_TRUE);
    V2("Standard", .partition_key = PK, .table_class = CCDK_DYNAMODB_TABLE_CLASS_STANDARD);
    V2("InfrequentAccess", .partition_key = PK, .table_class = CCDK_DYNAMODB_TABLE_CLASS_STANDARD_INFREQUENT_ACCESS);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Kinesis", NULL);
        ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = PK, .kinesis_stream = ccdk_kinesis_stream_new(stack, "Stream", NULL)});
    }
    V2("TableName", .partition_key = PK, .table_name = "my-table");
    V2("Ttl", .partition_key = PK, .time_to_live_attribute = "attribute");
    V2("Destroy", .partition_key = PK, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Everything", &(ccdk_stack_props){.region = "us-west-2"});
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = PK, .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_BINARY},
            .contributor_insights = CCDK_FALSE, .deletion_protection = CCDK_FALSE,
            .table_class = CCDK_DYNAMODB_TABLE_CLASS_STANDARD_INFREQUENT_ACCESS,
            .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
                .point_in_time_recovery_enabled = CCDK_TRUE, .recovery_period_in_days = CCDK_NUM(7)},
            .kinesis_stream = ccdk_kinesis_stream_new(stack, "Stream", NULL), .time_to_live_attribute = "expires",
            .encryption = ccdk_dynamodb_table_encryption_v2_aws_managed_key(),
            .billing = ccdk_dynamodb_billing_provisioned(ccdk_dynamodb_capacity_fixed(CCDK_NUM(10)),
                                                         ccdk_dynamodb_capacity_autoscaled((ccdk_dynamodb_autoscaled_capacity_options){
                                                             .max_capacity = CCDK_NUM(20)})),
            .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"us-east-1"}),
            .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
                                                     {.index_name = "gsi", .partition_key = {"g", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}}),
        });
        ccdk_dynamodb_table_add_replica(t, &(ccdk_dynamodb_replica_table_props){"us-east-2"});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PitrOff", &(ccdk_stack_props){.region = "eu-west-1"});
        ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = PK,
            .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
                .point_in_time_recovery_enabled = CCDK_FALSE},
            .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"eu-west-2"})});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
