/* Conformance case 'error-dynamodb-table-arn-without-name': see app.js. */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_dynamodb_table_from_table_arn(stack, "ImportedTable", "arn:aws:dynamodb:us-east-1::table/");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
