/* TableEncryptionV2 on TableV2s, with a resource policy and the grants on the key (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_dynamodb_attribute pk = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING};
    ccdk_dynamodb_table_v2_new(stack, "Owned", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk, .encryption = ccdk_dynamodb_table_encryption_v2_dynamo_owned_key()});
    ccdk_dynamodb_table_v2_new(stack, "AwsManaged", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk, .encryption = ccdk_dynamodb_table_encryption_v2_aws_managed_key()});
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_dynamodb_table *cmk = ccdk_dynamodb_table_v2_new(stack, "Cmk", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk, .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
        .encryption = ccdk_dynamodb_table_encryption_v2_customer_managed_key(
            key, CCDK_KVS({"us-east-1", "arn:aws:kms:us-east-1:123456789012:key/east"}))});
    ccdk_dynamodb_table_add_to_resource_policy(cmk, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem"), .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .resources = CCDK_STRS("*")}));
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_dynamodb_table_grant_read_data(cmk, role);
    ccdk_dynamodb_table_grant_write_data(cmk, role);
    ccdk_dynamodb_table_grant_stream_read(cmk, role);
    ccdk_dynamodb_table_grant(cmk, role, CCDK_STRS("dynamodb:Query"));
    ccdk_dynamodb_table_grant_on_key(cmk, role, CCDK_STRS("kms:Verify"));
    ccdk_dynamodb_table_grant_full_access(cmk, ccdk_iam_user_new(stack, "User", NULL));
    ccdk_cfn_output_new(stack, "KeyArn", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(ccdk_dynamodb_table_encryption_key(cmk))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
