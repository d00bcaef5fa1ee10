/* Conformance case 'error-dynamodb-key-with-default-encryption': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
    ccdk_dynamodb_table_new(stack, "Table A", &(ccdk_dynamodb_table_props){
        .table_name = "MyTable", .partition_key = (ccdk_dynamodb_attribute){"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING}, .encryption = CCDK_DYNAMODB_ENCRYPTION_DEFAULT, .encryption_key = key});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
