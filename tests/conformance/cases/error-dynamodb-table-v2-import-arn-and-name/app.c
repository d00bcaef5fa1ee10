/* Conformance case 'error-dynamodb-table-v2-import-arn-and-name': see app.js. */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table_v2_from_table_attributes(stack, "Imported", &(ccdk_dynamodb_table_attributes){
        .table_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/orders",
        .table_name = "orders",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
