/* table-v2.test.ts: on-demand maximum throughput of a TableV2 and its indexes (see app.js). */
#include <ccdk/dynamodb.h>

#define PK {.name = "pk", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}
#define NUM(n) {.name = n, .type = CCDK_DYNAMODB_ATTRIBUTE_NUMBER}
#define GSIS(...) CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props, __VA_ARGS__)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_dynamodb_table_v2_new(ccdk_stack_new(app, "OnDemandMax", NULL), "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = PK, .billing = ccdk_dynamodb_billing_on_demand_max(CCDK_NUM(10), CCDK_NUM(10))});
    ccdk_dynamodb_table_v2_new(ccdk_stack_new(app, "OnDemandReadOnly", NULL), "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = PK, .billing = ccdk_dynamodb_billing_on_demand_max(CCDK_NUM(10), (ccdk_opt_num){0})});
    ccdk_dynamodb_table_v2_new(ccdk_stack_new(app, "OnDemandIndex", NULL), "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = PK,
        .global_secondary_indexes = GSIS({.index_name = "gsi1", .partition_key = PK, .max_read_request_units = CCDK_NUM(100)},
                                         {.index_name = "gsi2", .partition_key = PK, .max_read_request_units = CCDK_NUM(1),
                                          .max_write_request_units = CCDK_NUM(1)})});
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithReplicas", &(ccdk_stack_props){.region = "us-west-2"});
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = PK, .contributor_insights = CCDK_TRUE, .warm_throughput = {CCDK_NUM(13000), CCDK_NUM(5000)},
            .billing = ccdk_dynamodb_billing_on_demand_max(CCDK_NUM(0), CCDK_NUM(50)),
            .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"us-east-1"}),
            .global_secondary_indexes = GSIS({.index_name = "a", .partition_key = NUM("a"), .max_read_request_units = CCDK_NUM(5),
                                              .warm_throughput = {CCDK_NUM(12000), CCDK_NUM(4000)}},
                                             {.index_name = "b", .partition_key = NUM("b"), .max_write_request_units = CCDK_NUM(6)})});
        ccdk_dynamodb_table_add_global_secondary_index(t, &(ccdk_dynamodb_global_secondary_index_props){
            .index_name = "c", .partition_key = NUM("c"), .max_read_request_units = CCDK_NUM(7)});
    }
    ccdk_dynamodb_table_v2_new(ccdk_stack_new(app, "Provisioned", NULL), "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = PK,
        .billing = ccdk_dynamodb_billing_provisioned(ccdk_dynamodb_capacity_fixed(CCDK_NUM(5)),
                                                     ccdk_dynamodb_capacity_autoscaled((ccdk_dynamodb_autoscaled_capacity_options){
                                                         .max_capacity = CCDK_NUM(10)})),
        .global_secondary_indexes = GSIS({.index_name = "g", .partition_key = PK, .max_read_request_units = CCDK_NUM(3),
                                          .max_write_request_units = CCDK_NUM(4)})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
