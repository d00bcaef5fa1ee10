/* error: a 21st global secondary index on a TableV2 */
#include <stdio.h>

#include <ccdk/dynamodb.h>

#define GSI_PK ((ccdk_dynamodb_attribute){"gsi-pk", CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define GSI(t, ...) ccdk_dynamodb_table_add_global_secondary_index(t, &(ccdk_dynamodb_global_secondary_index_props){__VA_ARGS__})
#define LSI(t, ...) ccdk_dynamodb_table_add_local_secondary_index(t, &(ccdk_dynamodb_local_secondary_index_props){__VA_ARGS__})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table *t = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
    });
    {
        static char names[21][8];
        for (int i = 0; i < 21; i++) {
            snprintf(names[i], sizeof names[i], "gsi%d", i);
            GSI(t, .index_name = names[i], .partition_key = GSI_PK);
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
