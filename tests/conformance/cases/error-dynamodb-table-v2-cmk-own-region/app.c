/* error: TableEncryptionV2.customerManagedKey whose replicaKeyArns names the stack's region */
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .encryption = ccdk_dynamodb_table_encryption_v2_customer_managed_key(
            ccdk_kms_key_new(stack, "Key", NULL), CCDK_KVS({"us-west-2", "arn:aws:kms:us-west-2:123456789012:key/west"}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
