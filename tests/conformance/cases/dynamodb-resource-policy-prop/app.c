/* Conformance case 'dynamodb-resource-policy-prop': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

static ccdk_iam_policy_document *doc(ccdk_stack *stack)
{
    return ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("dynamodb:GetItem"),
            .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::111122223333:user/testuser")),
            .resources = CCDK_STRS("*"),
        })));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .resource_policy = doc(stack),
    });
    ccdk_dynamodb_table_add_to_resource_policy(table, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:PutItem"),
        .principals = CCDK_LIST(ccdk_iam_account_principal(stack, "444455556666")),
        .resources = CCDK_STRS("*"),
    }));
    ccdk_dynamodb_table *v2 = ccdk_dynamodb_table_v2_new(stack, "TableV2", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .resource_policy = doc(stack),
    });
    ccdk_dynamodb_table_grant_read_data(v2, ccdk_iam_account_principal(stack, "111111111111"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
