/* dynamodb.test.ts: table.schema() (see app.js). */
#include <stdio.h>

#include <ccdk/dynamodb.h>

#define TABLE_PARTITION_KEY {.name = "hashKey", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}
#define TABLE_SORT_KEY {.name = "sortKey", .type = CCDK_DYNAMODB_ATTRIBUTE_NUMBER}

static const char *type_name(ccdk_dynamodb_attribute_type t)
{
    return t == CCDK_DYNAMODB_ATTRIBUTE_NUMBER ? "N" : t == CCDK_DYNAMODB_ATTRIBUTE_BINARY ? "B" : "S";
}

static void out(ccdk_stack *stack, const char *id, ccdk_dynamodb_schema s)
{
    char pk[64] = "-", sk[64] = "-", v[130];
    if (s.partition_key.name)
        snprintf(pk, sizeof pk, "%s:%s", s.partition_key.name, type_name(s.partition_key.type));
    if (s.sort_key.name)
        snprintf(sk, sizeof sk, "%s:%s", s.sort_key.name, type_name(s.sort_key.type));
    snprintf(v, sizeof v, "%s %s", pk, sk);
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = v});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table *a = ccdk_dynamodb_table_new(stack, "Table A", &(ccdk_dynamodb_table_props){
        .table_name = "MyTable", .partition_key = TABLE_PARTITION_KEY});
    out(stack, "HashOnly", ccdk_dynamodb_table_schema(a, NULL));
    ccdk_dynamodb_table *b = ccdk_dynamodb_table_new(stack, "TableB", &(ccdk_dynamodb_table_props){
        .table_name = "MyTable", .partition_key = TABLE_PARTITION_KEY, .sort_key = TABLE_SORT_KEY});
    out(stack, "HashRange", ccdk_dynamodb_table_schema(b, NULL));
    ccdk_dynamodb_table_add_global_secondary_index(a, &(ccdk_dynamodb_global_secondary_index_props){
        .index_name = "MyGSI", .partition_key = {"gsiHashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    out(stack, "GsiHash", ccdk_dynamodb_table_schema(a, "MyGSI"));
    ccdk_dynamodb_table_add_global_secondary_index(b, &(ccdk_dynamodb_global_secondary_index_props){
        .index_name = "MyGSI", .partition_key = {"gsiHashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"gsiSortKey", CCDK_DYNAMODB_ATTRIBUTE_BINARY}});
    out(stack, "GsiHashRange", ccdk_dynamodb_table_schema(b, "MyGSI"));
    ccdk_dynamodb_table_add_local_secondary_index(b, &(ccdk_dynamodb_local_secondary_index_props){
        .index_name = "MyLSI", .sort_key = {"lsiSortKey", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}});
    out(stack, "Lsi", ccdk_dynamodb_table_schema(b, "MyLSI"));
    out(stack, "TableAfterIndexes", ccdk_dynamodb_table_schema(b, NULL));
    out(stack, "GsiAgain", ccdk_dynamodb_table_schema(b, "MyGSI"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
