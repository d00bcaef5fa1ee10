/* dynamodb.test.ts: an imported table's encryptionKey and index attributes (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>

static ccdk_iam_role *role(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "ecs-tasks.amazonaws.com")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *stream_arn = "arn:foo:bar:baz:TrustMeThisIsATableStream";
    {
        ccdk_stack *stack = ccdk_stack_new(app, "StreamReadKey", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
            .table_name = "MyTable", .table_stream_arn = stream_arn, .encryption_key = key});
        ccdk_dynamodb_table_grant_stream_read(t, role(stack, "NewRole"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Indexes", NULL);
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
            .table_name = "MyTableName", .global_indexes = CCDK_STRS("global"), .local_indexes = CCDK_STRS("local")});
        ccdk_dynamodb_table_grant_read_data(
            t, ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_any_principal(stack)}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantIndexPermissions", NULL);
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
            .table_name = "MyTableName", .grant_index_permissions = CCDK_TRUE});
        ccdk_dynamodb_table_grant_read_data(
            t, ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_any_principal(stack)}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "KeyDataGrants", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
            .table_arn = "arn:aws:dynamodb:us-east-1:111111111111:table/T", .encryption_key = key, .local_indexes = CCDK_STRS("l")});
        ccdk_dynamodb_table_grant_read_data(t, role(stack, "Reader"));
        ccdk_dynamodb_table_grant_write_data(t, role(stack, "Writer"));
        ccdk_dynamodb_table_grant_read_write_data(t, role(stack, "ReaderWriter"));
        ccdk_dynamodb_table_grant_full_access(t, role(stack, "Admin"));
        ccdk_dynamodb_table_grant(t, role(stack, "Custom"), CCDK_STRS("dynamodb:Query"));
        ccdk_dynamodb_table_grant_on_key(t, role(stack, "OnKey"), CCDK_STRS("kms:Decrypt"));
        ccdk_cfn_output_new(stack, "KeyArn", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(ccdk_dynamodb_table_encryption_key(t))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NoIndexes", NULL);
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
            .table_name = "T", .global_indexes = (ccdk_strs)CCDK_EMPTY_LIST, .local_indexes = (ccdk_strs)CCDK_EMPTY_LIST, .grant_index_permissions = CCDK_FALSE});
        ccdk_dynamodb_table_grant_read_data(t, role(stack, "Role"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
