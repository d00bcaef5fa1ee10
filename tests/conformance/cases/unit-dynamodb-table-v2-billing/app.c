/* TableV2 billing: provisioned with fixed and autoscaled capacities, on demand (see app.js). */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_dynamodb_attribute pk = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING};
    ccdk_dynamodb_table_v2_new(stack, "Fixed", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk,
        .billing = ccdk_dynamodb_billing_provisioned(
            ccdk_dynamodb_capacity_fixed(CCDK_NUM(10)),
            ccdk_dynamodb_capacity_autoscaled((ccdk_dynamodb_autoscaled_capacity_options){.max_capacity = CCDK_NUM(20)}))});
    ccdk_dynamodb_table *scaled = ccdk_dynamodb_table_v2_new(stack, "Scaled", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk,
        .billing = ccdk_dynamodb_billing_provisioned(
            ccdk_dynamodb_capacity_autoscaled((ccdk_dynamodb_autoscaled_capacity_options){
                .min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(50), .seed_capacity = CCDK_NUM(5),
                .target_utilization_percent = CCDK_NUM(60)}),
            ccdk_dynamodb_capacity_autoscaled((ccdk_dynamodb_autoscaled_capacity_options){
                .min_capacity = CCDK_NUM(3), .max_capacity = CCDK_NUM(30), .target_utilization_percent = CCDK_NUM(80)})),
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
            {.index_name = "gsi", .partition_key = {"gsi-pk", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}}),
        .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"us-east-1"}),
    });
    ccdk_dynamodb_table_add_global_secondary_index(scaled, &(ccdk_dynamodb_global_secondary_index_props){
        .index_name = "gsi2", .partition_key = {"gsi2-pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_dynamodb_table_v2_new(stack, "OnDemand", &(ccdk_dynamodb_table_v2_props){
        .partition_key = pk, .billing = ccdk_dynamodb_billing_on_demand()});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
