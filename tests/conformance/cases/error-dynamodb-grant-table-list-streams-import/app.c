/* error: grantTableListStreams on an imported table without tableStreamArn (see app.js) */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
        .table_name = "MyTable"});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "NewRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ecs-tasks.amazonaws.com")});
    ccdk_dynamodb_table_grant_table_list_streams(table, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
