/* error: Billing.provisioned with a fixed write capacity */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing = ccdk_dynamodb_billing_provisioned(ccdk_dynamodb_capacity_fixed(CCDK_NUM(5)), ccdk_dynamodb_capacity_fixed(CCDK_NUM(5)))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
