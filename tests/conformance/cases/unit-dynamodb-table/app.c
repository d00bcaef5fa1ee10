/* aws-dynamodb/test/dynamodb.test.ts's Table, stream, encryption, grant and import tests that a
 * Lambda uses, a stack each (see app.js). */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>

static ccdk_app *app;

static ccdk_stack *S(const char *id) { return ccdk_stack_new(app, id, NULL); }

#define TABLE_PARTITION_KEY ((ccdk_dynamodb_attribute){"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define TABLE_SORT_KEY ((ccdk_dynamodb_attribute){"sortKey", CCDK_DYNAMODB_ATTRIBUTE_NUMBER})
#define ID_KEY ((ccdk_dynamodb_attribute){"id", CCDK_DYNAMODB_ATTRIBUTE_STRING})

static ccdk_iam_role *new_role(ccdk_stack *stack)
{
    return ccdk_iam_role_new(stack, "NewRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ecs-tasks.amazonaws.com")});
}

static void outputs(ccdk_stack *stack, ccdk_dynamodb_table *table)
{
    ccdk_cfn_output_new(stack, "TableArn", &(ccdk_cfn_output_props){.value = ccdk_dynamodb_table_arn(table)});
    ccdk_cfn_output_new(stack, "TableName", &(ccdk_cfn_output_props){.value = ccdk_dynamodb_table_name(table)});
}

int main(void)
{
    app = ccdk_app_new(NULL);

    ccdk_dynamodb_table_new(S("HashKeyOnly"), "MyTable", &(ccdk_dynamodb_table_props){.partition_key = TABLE_PARTITION_KEY});
    ccdk_dynamodb_table_new(S("RemovalDestroy"), "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = TABLE_PARTITION_KEY, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_dynamodb_table_new(S("HashRangeKey"), "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = TABLE_PARTITION_KEY, .sort_key = TABLE_SORT_KEY});
    {
        static const struct {
            const char *id;
            ccdk_dynamodb_stream_view_type stream;
        } streams[] = {{"NewAndOldImages", CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES},
                       {"NewImages", CCDK_DYNAMODB_STREAM_NEW_IMAGE},
                       {"OldImages", CCDK_DYNAMODB_STREAM_OLD_IMAGE}};
        for (int i = 0; i < 3; i++)
            ccdk_dynamodb_table_new(S(streams[i].id), "MyTable", &(ccdk_dynamodb_table_props){
                .table_name = "MyTable", .read_capacity = CCDK_NUM(42), .write_capacity = CCDK_NUM(1337),
                .stream = streams[i].stream, .partition_key = TABLE_PARTITION_KEY, .sort_key = TABLE_SORT_KEY});
    }
    {
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(S("SseCmk"), "MyTable", &(ccdk_dynamodb_table_props){
            .table_name = "MyTable", .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED,
            .partition_key = TABLE_PARTITION_KEY});
        ccdk_tags_add(table, "Environment", "Production");
    }
    {
        ccdk_stack *stack = S("SseKeyOnly");
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
            .table_name = "MyTable", .encryption_key = key, .partition_key = TABLE_PARTITION_KEY});
        ccdk_tags_add(table, "Environment", "Production");
    }
    {
        ccdk_stack *stack = S("SseCmkGivenKey");
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
            .table_name = "MyTable", .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED, .encryption_key = key,
            .partition_key = TABLE_PARTITION_KEY});
        ccdk_tags_add(table, "Environment", "Production");
    }
    {
        ccdk_stack *stack = S("CmkGrantReadWrite");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table A", &(ccdk_dynamodb_table_props){
            .table_name = "MyTable", .partition_key = TABLE_PARTITION_KEY, .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED});
        ccdk_dynamodb_table_grant_read_write_data(table, ccdk_iam_user_new(stack, "MyUser", NULL));
    }
    {
        ccdk_stack *stack = S("CmkGrantWrite");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table A", &(ccdk_dynamodb_table_props){
            .table_name = "MyTable", .partition_key = TABLE_PARTITION_KEY, .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED});
        ccdk_dynamodb_table_grant_write_data(table, ccdk_iam_user_new(stack, "MyUser", NULL));
    }
    ccdk_dynamodb_table_new(S("PayPerRequest"), "MyTable", &(ccdk_dynamodb_table_props){
        .table_name = "MyTable", .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST, .partition_key = TABLE_PARTITION_KEY});
    {
        ccdk_stack *stack = S("GrantStreamRead");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "my-table", &(ccdk_dynamodb_table_props){
            .partition_key = ID_KEY, .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE});
        ccdk_dynamodb_table_grant_stream_read(table, ccdk_iam_user_new(stack, "user", NULL));
    }
    {
        ccdk_stack *stack = S("GrantImported");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_from_table_name(stack, "MyTable", "my-table");
        ccdk_dynamodb_table_grant(table, ccdk_iam_user_new(stack, "user", NULL), CCDK_STRS("dynamodb:*"));
    }
    {
        ccdk_stack *stack = S("ImportFromArn");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_from_table_arn(stack, "ImportedTable",
                                                                         "arn:aws:dynamodb:us-east-1:11111111:table/MyTable");
        ccdk_dynamodb_table_grant_read_data(table, new_role(stack));
        outputs(stack, table);
    }
    {
        ccdk_stack *stack = S("ImportFromName");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_from_table_name(stack, "ImportedTable", "MyTable");
        ccdk_dynamodb_table_grant_read_write_data(table, new_role(stack));
        outputs(stack, table);
    }
    {
        ccdk_stack *stack = S("ImportedStreamRead");
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_from_table_attributes(stack, "ImportedTable", &(ccdk_dynamodb_table_attributes){
            .table_name = "MyTable", .table_stream_arn = "arn:foo:bar:baz:TrustMeThisIsATableStream"});
        ccdk_dynamodb_table_grant_stream_read(table, new_role(stack));
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
