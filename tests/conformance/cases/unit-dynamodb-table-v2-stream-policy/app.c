/* TableV2.addToStreamResourcePolicy, alone and beside the table's resource policy (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

static ccdk_stack *stack;

static ccdk_iam_policy_statement *statement(ccdk_strs actions)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = actions, .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)), .resources = CCDK_STRS("*")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_attribute pk = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING};
    ccdk_dynamodb_table *stream_only = ccdk_dynamodb_table_v2_new(stack, "StreamOnly", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk, .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE});
    ccdk_dynamodb_table_add_to_stream_resource_policy(stream_only, statement(CCDK_STRS("dynamodb:GetRecords", "dynamodb:DescribeStream")));
    ccdk_dynamodb_table_add_to_stream_resource_policy(stream_only, statement(CCDK_STRS("dynamodb:GetShardIterator")));
    ccdk_dynamodb_table *both = ccdk_dynamodb_table_v2_new(stack, "Both", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk, .dynamo_stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY});
    ccdk_dynamodb_table_add_to_stream_resource_policy(both, statement(CCDK_STRS("dynamodb:GetRecords")));
    ccdk_dynamodb_table_add_to_resource_policy(both, statement(CCDK_STRS("dynamodb:GetItem")));
    ccdk_cfn_output_new(stack, "Added", &(ccdk_cfn_output_props){
        .value = ccdk_dynamodb_table_add_to_stream_resource_policy(both, statement(CCDK_STRS("dynamodb:ListStreams"))) ? "true" : "false"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
