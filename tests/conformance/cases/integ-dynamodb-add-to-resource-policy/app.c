/* Conformance case 'integ-dynamodb-add-to-resource-policy': aws-cdk's integ.dynamodb.add-to-resource-policy.ts
 * (framework-integ/test/aws-dynamodb); dropped: the IntegTest */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "add-to-resource-policy-test-stack", NULL);

    ccdk_dynamodb_table *wildcard_table = ccdk_dynamodb_table_new(stack, "WildcardTable", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_dynamodb_table_add_to_resource_policy(wildcard_table, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"),
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .resources = CCDK_STRS("*"),
    }));

    ccdk_dynamodb_table *scoped_table = ccdk_dynamodb_table_new(stack, "ScopedTable", &(ccdk_dynamodb_table_props){
        .table_name = "my-explicit-scoped-table",
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_dynamodb_table_add_to_resource_policy(scoped_table, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem", "dynamodb:Query"),
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .resources = CCDK_STRS(ccdk_fn_sub(stack, "arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/my-explicit-scoped-table",
                                           (ccdk_kvs){0})),
    }));

    ccdk_dynamodb_table *grant_table = ccdk_dynamodb_table_new(stack, "GrantTable", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_dynamodb_table_grant_write_data(grant_table, ccdk_iam_account_root_principal(stack));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
