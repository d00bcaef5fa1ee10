/* error: a dynamodb.Table given an encryptionKey with AWS_MANAGED encryption */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .encryption = CCDK_DYNAMODB_ENCRYPTION_AWS_MANAGED,
        .encryption_key = ccdk_kms_key_new(stack, "Key", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
