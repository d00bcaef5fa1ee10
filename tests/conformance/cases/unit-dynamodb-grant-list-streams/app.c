/* Conformance case 'unit-dynamodb-grant-list-streams': the list-streams grants (see app.js).
 * Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

#define ID_KEY ((ccdk_dynamodb_attribute){"id", CCDK_DYNAMODB_ATTRIBUTE_STRING})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantListStreams", NULL);
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "user", NULL);
        ccdk_dynamodb_table_grant_list_streams(user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantTableListStreams", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "my-table", &(ccdk_dynamodb_table_props){
            .partition_key = ID_KEY, .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE});
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "user", NULL);
        ccdk_dynamodb_table_grant_table_list_streams(table, user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedListStreams", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
            .table_name = "MyTable", .table_stream_arn = "arn:foo:bar:baz:TrustMeThisIsATableStream"});
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "NewRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "ecs-tasks.amazonaws.com")});
        ccdk_cfn_output_new(stack, "Granted", &(ccdk_cfn_output_props){
            .value = ccdk_dynamodb_table_grant_table_list_streams(table, role) ? "yes" : "no"});
    }
    {
        ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.region = "us-east-1"});
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack1, "Table", &(ccdk_dynamodb_table_props){
            .table_name = "my-table", .partition_key = ID_KEY, .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES});
        ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.region = "eu-west-2"});
        ccdk_iam_user *user = ccdk_iam_user_new(stack2, "User", NULL);
        ccdk_dynamodb_table_grant_table_list_streams(table, user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TableV2ListStreams", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = ID_KEY, .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE});
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "user", NULL);
        ccdk_dynamodb_table_grant_table_list_streams(table, user);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
