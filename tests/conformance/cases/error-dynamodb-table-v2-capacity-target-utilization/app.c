/* error: Capacity.autoscaled with targetUtilizationPercent below 20 */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing = ccdk_dynamodb_billing_provisioned(
            ccdk_dynamodb_capacity_autoscaled((ccdk_dynamodb_autoscaled_capacity_options){.max_capacity = CCDK_NUM(10), .target_utilization_percent = CCDK_NUM(10)}),
            ccdk_dynamodb_capacity_autoscaled((ccdk_dynamodb_autoscaled_capacity_options){.max_capacity = CCDK_NUM(10)}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
