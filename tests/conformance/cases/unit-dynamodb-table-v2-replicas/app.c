/* TableV2 replicas (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-west-2"});
    ccdk_dynamodb_attribute pk = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING};
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk,
        .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"us-east-1"}, {"us-east-2"}),
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
            {.index_name = "gsi", .partition_key = {"gsi-pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}}),
    });
    ccdk_dynamodb_table_add_replica(table, &(ccdk_dynamodb_replica_table_props){"eu-west-1"});
    ccdk_dynamodb_table_add_to_resource_policy(table, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem"), .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .resources = CCDK_STRS("*")}));
    ccdk_dynamodb_table *keyed = ccdk_dynamodb_table_v2_new(stack, "Keyed", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk, .dynamo_stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY,
        .encryption = ccdk_dynamodb_table_encryption_v2_customer_managed_key(ccdk_kms_key_new(stack, "Key", NULL), CCDK_KVS(
            {"us-east-1", "arn:aws:kms:us-east-1:123456789012:key/east"}, {"eu-west-1", "arn:aws:kms:eu-west-1:123456789012:key/eu"}))});
    ccdk_dynamodb_table_add_replica(keyed, &(ccdk_dynamodb_replica_table_props){"eu-west-1"});
    ccdk_dynamodb_table_add_replica(keyed, &(ccdk_dynamodb_replica_table_props){"us-east-1"});
    ccdk_dynamodb_table_grant_read_data(keyed, ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
