/* Conformance case 'integ-dynamodb-policy': aws-cdk's integ.dynamodb.policy.ts (framework-integ/test/aws-dynamodb);
 * dropped: the IntegTest */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "resource-policy-stack", &(ccdk_stack_props){0});

    ccdk_iam_policy_document *doc = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("dynamodb:*"),
            .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
            .resources = CCDK_STRS("*"),
        })));

    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "TableTest1", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .resource_policy = doc,
    });

    ccdk_dynamodb_table_add_to_resource_policy(table, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem"),
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .resources = CCDK_STRS("*"),
    }));

    ccdk_dynamodb_table *table_two = ccdk_dynamodb_table_new(stack, "TableTest2", &(ccdk_dynamodb_table_props){
        .partition_key = {"PK", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_dynamodb_table_add_to_resource_policy(table_two, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:PutItem"),
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .resources = CCDK_STRS("*"),
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
