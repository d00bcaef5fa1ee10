/* dynamodb.test.ts: maxRead/WriteRequestUnits and warmThroughput (see app.js). */
#include <ccdk/dynamodb.h>

#define TABLE_PARTITION_KEY {.name = "hashKey", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}
#define ID {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}
#define STR(n) ((ccdk_dynamodb_attribute){n, CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define GSI(t, ...) ccdk_dynamodb_table_add_global_secondary_index(t, &(ccdk_dynamodb_global_secondary_index_props){__VA_ARGS__})
#define PAY CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_dynamodb_table_new(ccdk_stack_new(app, "OnDemandMax", NULL), "MyTable", &(ccdk_dynamodb_table_props){
        .table_name = "MyTable", .billing_mode = PAY, .partition_key = TABLE_PARTITION_KEY,
        .max_read_request_units = CCDK_NUM(10), .max_write_request_units = CCDK_NUM(5)});
    {
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(ccdk_stack_new(app, "OnDemandMaxIndexes", NULL), "MyTable",
                                                         &(ccdk_dynamodb_table_props){
                                                             .table_name = "MyTable", .billing_mode = PAY,
                                                             .partition_key = TABLE_PARTITION_KEY,
                                                             .max_read_request_units = CCDK_NUM(10),
                                                             .max_write_request_units = CCDK_NUM(5)});
        GSI(t, .max_read_request_units = CCDK_NUM(10), .max_write_request_units = CCDK_NUM(20), .index_name = "gsi1",
            .partition_key = STR("pk"));
        GSI(t, .max_read_request_units = CCDK_NUM(0), .max_write_request_units = CCDK_NUM(7), .index_name = "gsi2",
            .partition_key = STR("pk2"));
        GSI(t, .max_read_request_units = CCDK_NUM(0), .index_name = "gsi3", .partition_key = STR("pk3"));
    }
    ccdk_dynamodb_table_new(ccdk_stack_new(app, "OnDemandReadOnly", NULL), "MyTable", &(ccdk_dynamodb_table_props){
        .billing_mode = PAY, .partition_key = TABLE_PARTITION_KEY, .max_read_request_units = CCDK_NUM(3)});
    {
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(ccdk_stack_new(app, "ProvisionedIgnoresMax", NULL), "MyTable",
                                                         &(ccdk_dynamodb_table_props){
                                                             .partition_key = TABLE_PARTITION_KEY,
                                                             .max_read_request_units = CCDK_NUM(3),
                                                             .max_write_request_units = CCDK_NUM(4)});
        GSI(t, .index_name = "gsi", .partition_key = ID, .max_write_request_units = CCDK_NUM(9));
    }
    {
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(ccdk_stack_new(app, "WarmOnDemand", NULL), "Table", &(ccdk_dynamodb_table_props){
            .partition_key = ID, .warm_throughput = {CCDK_NUM(13000), CCDK_NUM(5000)}});
        GSI(t, .index_name = "my-index-1", .partition_key = STR("gsi1pk"), .warm_throughput = {CCDK_NUM(15000), CCDK_NUM(6000)});
        GSI(t, .index_name = "my-index-2", .partition_key = STR("gsi2pk"));
    }
    {
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(ccdk_stack_new(app, "WarmProvisioned", NULL), "Table", &(ccdk_dynamodb_table_props){
            .partition_key = ID, .read_capacity = CCDK_NUM(5), .write_capacity = CCDK_NUM(6),
            .warm_throughput = {CCDK_NUM(2000), CCDK_NUM(1000)}});
        GSI(t, .index_name = "my-index-1", .partition_key = STR("gsi1pk"), .read_capacity = CCDK_NUM(7), .write_capacity = CCDK_NUM(8),
            .warm_throughput = {CCDK_NUM(3000), CCDK_NUM(4000)});
        GSI(t, .index_name = "my-index-2", .partition_key = STR("gsi2pk"), .read_capacity = CCDK_NUM(9), .write_capacity = CCDK_NUM(10));
    }
    {
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(ccdk_stack_new(app, "WarmAndMax", NULL), "Table", &(ccdk_dynamodb_table_props){
            .partition_key = ID, .billing_mode = PAY, .max_write_request_units = CCDK_NUM(100),
            .warm_throughput = {.write_units_per_second = CCDK_NUM(4000)}});
        GSI(t, .index_name = "idx", .partition_key = {"g", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}, .max_read_request_units = CCDK_NUM(50),
            .warm_throughput = {.read_units_per_second = CCDK_NUM(12000)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
