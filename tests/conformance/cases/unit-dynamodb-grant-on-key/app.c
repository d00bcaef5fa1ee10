/* Table.grantOnKey on a made key, a given key, and a table without a key (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_attribute pk = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING};
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_dynamodb_table *made = ccdk_dynamodb_table_new(stack, "Made", &(ccdk_dynamodb_table_props){
        .partition_key = pk, .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED});
    ccdk_dynamodb_table_grant_on_key(made, role, CCDK_STRS("kms:Decrypt"));
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_dynamodb_table *given = ccdk_dynamodb_table_new(stack, "Given", &(ccdk_dynamodb_table_props){
        .partition_key = pk, .encryption_key = key});
    ccdk_dynamodb_table_grant_on_key(given, ccdk_iam_user_new(stack, "User", NULL), CCDK_STRS("kms:Encrypt", "kms:GenerateDataKey*"));
    ccdk_dynamodb_table *plain = ccdk_dynamodb_table_new(stack, "Plain", &(ccdk_dynamodb_table_props){.partition_key = pk});
    ccdk_dynamodb_table_grant_on_key(plain, role, CCDK_STRS("kms:Decrypt"));
    ccdk_cfn_output_new(stack, "HasKey", &(ccdk_cfn_output_props){
        .value = ccdk_dynamodb_table_grant_on_key(plain, role, CCDK_STRS("kms:Decrypt")) ? "true" : "false"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
