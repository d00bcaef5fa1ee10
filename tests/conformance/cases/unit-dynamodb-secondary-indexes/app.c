/* aws-dynamodb/test/dynamodb.test.ts's secondary index tests, a stack each, and the data grants of
 * a table with indexes (see app.js). */
#include <stdio.h>

#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

static ccdk_app *app;

static ccdk_stack *S(const char *id) { return ccdk_stack_new(app, id, NULL); }

#define TABLE_PARTITION_KEY ((ccdk_dynamodb_attribute){"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define TABLE_SORT_KEY ((ccdk_dynamodb_attribute){"sortKey", CCDK_DYNAMODB_ATTRIBUTE_NUMBER})
#define GSI_NAME "MyGSI"
#define GSI_PARTITION_KEY ((ccdk_dynamodb_attribute){"gsiHashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define GSI_SORT_KEY ((ccdk_dynamodb_attribute){"gsiSortKey", CCDK_DYNAMODB_ATTRIBUTE_BINARY})
#define LSI_NAME "MyLSI"
#define LSI_SORT_KEY ((ccdk_dynamodb_attribute){"lsiSortKey", CCDK_DYNAMODB_ATTRIBUTE_NUMBER})

static ccdk_dynamodb_table *table(ccdk_stack *stack, ccdk_dynamodb_billing_mode billing)
{
    return ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = TABLE_PARTITION_KEY, .sort_key = TABLE_SORT_KEY, .billing_mode = billing});
}

#define GSI(t, ...) ccdk_dynamodb_table_add_global_secondary_index(t, &(ccdk_dynamodb_global_secondary_index_props){__VA_ARGS__})
#define LSI(t, ...) ccdk_dynamodb_table_add_local_secondary_index(t, &(ccdk_dynamodb_local_secondary_index_props){__VA_ARGS__})

int main(void)
{
    app = ccdk_app_new(NULL);
    char name[64], key[64];

    GSI(table(S("GsiHashOnly"), 0), .index_name = GSI_NAME, .partition_key = GSI_PARTITION_KEY,
        .read_capacity = CCDK_NUM(42), .write_capacity = CCDK_NUM(1337));
    GSI(table(S("GsiHashRange"), 0), .index_name = GSI_NAME, .partition_key = GSI_PARTITION_KEY, .sort_key = GSI_SORT_KEY,
        .projection_type = CCDK_DYNAMODB_PROJECTION_ALL, .read_capacity = CCDK_NUM(42), .write_capacity = CCDK_NUM(1337));
    GSI(table(S("GsiKeysOnly"), 0), .index_name = GSI_NAME, .partition_key = GSI_PARTITION_KEY, .sort_key = GSI_SORT_KEY,
        .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY);
    GSI(table(S("GsiInclude"), 0), .index_name = GSI_NAME, .partition_key = GSI_PARTITION_KEY, .sort_key = GSI_SORT_KEY,
        .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE, .non_key_attributes = CCDK_STRS("gsiNonKey0", "gsiNonKey1"),
        .read_capacity = CCDK_NUM(42), .write_capacity = CCDK_NUM(1337));
    GSI(table(S("GsiPayPerRequest"), CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST), .index_name = GSI_NAME,
        .partition_key = GSI_PARTITION_KEY);
    {
        ccdk_dynamodb_table *t = table(S("GsiMultiple"), 0);
        for (int n = 0; n < 5; n++) {
            snprintf(name, sizeof name, "%s%d", GSI_NAME, n);
            snprintf(key, sizeof key, "%s%d", GSI_PARTITION_KEY.name, n);
            GSI(t, .index_name = name, .partition_key = {key, GSI_PARTITION_KEY.type});
        }
    }
    GSI(table(S("GsiContributorInsightstrue"), 0), .contributor_insights_enabled = CCDK_TRUE, .index_name = GSI_NAME,
        .partition_key = GSI_PARTITION_KEY);
    GSI(table(S("GsiContributorInsightsfalse"), 0), .contributor_insights_enabled = CCDK_FALSE, .index_name = GSI_NAME,
        .partition_key = GSI_PARTITION_KEY);
    LSI(table(S("LsiHashRange"), 0), .index_name = LSI_NAME, .sort_key = LSI_SORT_KEY);
    LSI(table(S("LsiKeysOnly"), 0), .index_name = LSI_NAME, .sort_key = LSI_SORT_KEY,
        .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY);
    LSI(table(S("LsiInclude"), 0), .index_name = LSI_NAME, .sort_key = LSI_SORT_KEY,
        .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE, .non_key_attributes = CCDK_STRS("lsiNonKey0", "lsiNonKey1"));
    {
        ccdk_dynamodb_table *t = table(S("LsiFive"), 0);
        for (int n = 0; n < 5; n++) {
            snprintf(name, sizeof name, "%s%d", LSI_NAME, n);
            snprintf(key, sizeof key, "%s%d", LSI_SORT_KEY.name, n);
            LSI(t, .index_name = name, .sort_key = {key, LSI_SORT_KEY.type});
        }
        GSI(t, .index_name = "BySort", .partition_key = TABLE_SORT_KEY, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_STRS("a", "b"));
        GSI(t, .index_name = "BySort2", .partition_key = TABLE_SORT_KEY, .sort_key = TABLE_PARTITION_KEY,
            .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE, .non_key_attributes = CCDK_STRS("b", "c"));
        GSI(t, .index_name = "Empty", .partition_key = GSI_PARTITION_KEY, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_EMPTY_LIST);
    }
    {
        ccdk_stack *stack = S("GrantsWithIndex");
        ccdk_dynamodb_table *t = table(stack, 0);
        ccdk_dynamodb_table_grant_read_data(t, ccdk_iam_user_new(stack, "User", NULL));
        GSI(t, .index_name = GSI_NAME, .partition_key = GSI_PARTITION_KEY);
        ccdk_dynamodb_table_grant_write_data(t, ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")}));
    }
    {
        ccdk_stack *stack = S("GrantsWithLocalIndex");
        ccdk_dynamodb_table *t = table(stack, 0);
        LSI(t, .index_name = LSI_NAME, .sort_key = LSI_SORT_KEY);
        ccdk_dynamodb_table_grant_full_access(t, ccdk_iam_user_new(stack, "User", NULL));
    }
    {
        /* 'attribute can be used as key attribute in one index, and non-key in another' */
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(S("KeyAndNonKey"), "Table", &(ccdk_dynamodb_table_props){
            .partition_key = {"pkey", CCDK_DYNAMODB_ATTRIBUTE_NUMBER}});
        GSI(t, .index_name = "IndexA", .partition_key = {"foo", CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE, .non_key_attributes = CCDK_STRS("bar"));
        GSI(t, .index_name = "IndexB", .partition_key = {"baz", CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .sort_key = {"bar", CCDK_DYNAMODB_ATTRIBUTE_STRING}, .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
            .non_key_attributes = CCDK_STRS("blah"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
