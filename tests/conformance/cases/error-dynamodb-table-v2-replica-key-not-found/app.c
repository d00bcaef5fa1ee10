/* error: a customer-managed TableV2's replica in a region replicaKeyArns lacks (at synth) */
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .encryption = ccdk_dynamodb_table_encryption_v2_customer_managed_key(ccdk_kms_key_new(stack, "Key", NULL), (ccdk_kvs){0})});
    {
        ccdk_dynamodb_table_add_replica(table, &(ccdk_dynamodb_replica_table_props){"us-east-1"});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
