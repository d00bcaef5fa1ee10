/* Conformance case 'error-dynamodb-pay-per-request-read-capacity': see app.js. */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_dynamodb_table_new(stack, "Table A", &(ccdk_dynamodb_table_props){
        .table_name = "MyTable", .partition_key = (ccdk_dynamodb_attribute){"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING}, .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST, .read_capacity = CCDK_NUM(1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
