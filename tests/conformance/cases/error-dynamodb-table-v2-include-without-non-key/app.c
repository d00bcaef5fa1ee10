/* error: a TableV2's global secondary index with INCLUDE projection and no non-key attributes */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
                                                 {.index_name = "gsi", .partition_key = {"gsi-pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                                                  .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
