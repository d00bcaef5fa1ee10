/* table-v2.test.ts's secondary index tests of an on-demand TableV2, and its grants with indexes
 * (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

static ccdk_app *app;

static ccdk_stack *S(const char *id)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.region = "us-west-2"});
}

#define PK ((ccdk_dynamodb_attribute){"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define SK ((ccdk_dynamodb_attribute){"sk", CCDK_DYNAMODB_ATTRIBUTE_NUMBER})

static ccdk_iam_role *lambda_role(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
}

int main(void)
{
    app = ccdk_app_new(NULL);

    ccdk_dynamodb_table_v2_new(S("PropsIndexes"), "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = PK, .sort_key = SK,
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
            {.index_name = "gsi1", .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}},
            {.index_name = "gsi2", .partition_key = {"gsi2-pk", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}, .sort_key = SK,
             .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE, .non_key_attributes = CCDK_STRS("a", "b")}),
        .local_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_local_secondary_index_props,
            {.index_name = "lsi", .sort_key = {"lsi-sk", CCDK_DYNAMODB_ATTRIBUTE_BINARY},
             .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY}),
    });
    {
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(S("AddIndexes"), "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = PK, .sort_key = SK, .table_name = "my-table"});
        ccdk_dynamodb_table_add_global_secondary_index(table, &(ccdk_dynamodb_global_secondary_index_props){
            .index_name = "gsi", .partition_key = {"gsi-pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
        ccdk_dynamodb_table_add_local_secondary_index(table, &(ccdk_dynamodb_local_secondary_index_props){
            .index_name = "lsi", .sort_key = {"lsi-sk", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
            .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE, .non_key_attributes = CCDK_STRS("b", "c")});
    }
    {
        ccdk_stack *stack = S("Grants");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = PK, .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE});
        ccdk_dynamodb_table_grant_read_data(table, lambda_role(stack, "Before"));
        ccdk_dynamodb_table_add_global_secondary_index(table, &(ccdk_dynamodb_global_secondary_index_props){
            .index_name = "gsi", .partition_key = {"gsi-pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
        ccdk_iam_role *after = lambda_role(stack, "After");
        ccdk_dynamodb_table_grant_read_write_data(table, after);
        ccdk_dynamodb_table_grant(table, after, CCDK_STRS("dynamodb:Query"));
        ccdk_dynamodb_table_grant_full_access(table, ccdk_iam_user_new(stack, "User", NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
