/* error: table.schema() of an index the table does not have */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table A", &(ccdk_dynamodb_table_props){
        .table_name = "MyTable", .partition_key = {"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_dynamodb_table_schema(table, "MyGSI");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
