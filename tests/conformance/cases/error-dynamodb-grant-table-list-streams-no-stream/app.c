/* error: grantTableListStreams on a Table without a stream (see app.js) */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "my-table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "user", NULL);
    ccdk_dynamodb_table_grant_table_list_streams(table, user);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
