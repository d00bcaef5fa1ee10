/* error: more than 100 non-key attributes across a TableV2's indexes (duplicates counted once) */
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
        static char buf[120][8];
        const char *attrs[60], *battrs[60];
        for (int i = 0; i < 60; i++) {
            snprintf(buf[i], sizeof buf[i], "a%d", i);
            snprintf(buf[60 + i], sizeof buf[i], "ba%d", i);
            attrs[i] = buf[i];
            battrs[i] = buf[60 + i];
        }
        GSI(t, .index_name = "gsi1", .partition_key = GSI_PK, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_LIST_N(attrs, 60));
        GSI(t, .index_name = "gsi2", .partition_key = GSI_PK, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_LIST_N(attrs, 60));
        GSI(t, .index_name = "gsi3", .partition_key = GSI_PK, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_LIST_N(battrs, 60));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
