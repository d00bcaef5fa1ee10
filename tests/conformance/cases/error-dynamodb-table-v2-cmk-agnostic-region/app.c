/* error: TableEncryptionV2.customerManagedKey in a region-agnostic stack */
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .encryption = ccdk_dynamodb_table_encryption_v2_customer_managed_key(ccdk_kms_key_new(stack, "Key", NULL), (ccdk_kvs){0})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
