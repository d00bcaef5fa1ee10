/* error: a TableV2's local secondary index redefining the global one's key with another type */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
                                                 {.index_name = "gsi", .partition_key = {"key", CCDK_DYNAMODB_ATTRIBUTE_STRING}}),
        .local_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_local_secondary_index_props,
                                                {.index_name = "lsi", .sort_key = {"key", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
