/* error: a TableV2 replica in the stack's region */
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    {
        ccdk_dynamodb_table_add_replica(table, &(ccdk_dynamodb_replica_table_props){"us-west-2"});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
