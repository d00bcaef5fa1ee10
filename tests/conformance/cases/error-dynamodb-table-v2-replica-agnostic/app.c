/* error: a TableV2 replica in a region-agnostic stack */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"us-east-1"}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
