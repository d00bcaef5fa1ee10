/* Conformance case 'dynamodb-table-grants': a Table, a TableV2 and an imported table granted to
 * functions with grantReadData, grantWriteData, grantReadWriteData, grantFullAccess and grant(). */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TableGrants", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    ccdk_dynamodb_table *v2 = ccdk_dynamodb_table_v2_new(stack, "TableV2", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    ccdk_dynamodb_table *imported = ccdk_dynamodb_table_from_table_name(stack, "Imported", "orders");
    ccdk_dynamodb_table_grant_read_data(table, fn(stack, "Reader"));
    ccdk_dynamodb_table_grant_write_data(table, fn(stack, "Writer"));
    ccdk_lambda_function *both = fn(stack, "ReaderWriter");
    ccdk_dynamodb_table_grant_read_write_data(table, both);
    ccdk_dynamodb_table_grant_read_write_data(v2, both);
    ccdk_dynamodb_table_grant_full_access(table, fn(stack, "Admin"));
    ccdk_dynamodb_table_grant_read_data(imported, fn(stack, "ImportReader"));
    ccdk_dynamodb_table_grant(table, fn(stack, "Putter"), CCDK_STRS("dynamodb:PutItem", "dynamodb:GetItem"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
