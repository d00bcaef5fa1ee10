/* error: a global secondary index without a partition key */
#include <ccdk/dynamodb.h>

#define GSI_PK ((ccdk_dynamodb_attribute){"gsiHashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define GSI_SK ((ccdk_dynamodb_attribute){"gsiSortKey", CCDK_DYNAMODB_ATTRIBUTE_BINARY})
#define GSI(t, ...) ccdk_dynamodb_table_add_global_secondary_index(t, &(ccdk_dynamodb_global_secondary_index_props){__VA_ARGS__})
#define LSI(t, ...) ccdk_dynamodb_table_add_local_secondary_index(t, &(ccdk_dynamodb_local_secondary_index_props){__VA_ARGS__})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = {"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sortKey", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
    });
    {
        GSI(t, .index_name = "MyGSI", .sort_key = GSI_SK);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
