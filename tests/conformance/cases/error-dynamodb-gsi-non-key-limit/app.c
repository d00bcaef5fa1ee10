/* error: more than 100 non-key attributes across a table's secondary indexes (a RangeError) */
#include <stdio.h>

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
        const char *attrs[60], *lattrs[60];
        static char buf[120][32];
        for (int i = 0; i < 60; i++) {
            snprintf(buf[i], sizeof buf[i], "gsiNonKey%d", i);
            snprintf(buf[60 + i], sizeof buf[i], "lgsiNonKey%d", i);
            attrs[i] = buf[i];
            lattrs[i] = buf[60 + i];
        }
        GSI(t, .index_name = "MyGSI", .partition_key = GSI_PK, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_LIST_N(attrs, 60));
        LSI(t, .index_name = "MyLSI", .sort_key = GSI_SK, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_LIST_N(lattrs, 60));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
