/* Conformance case 'integ-dynamodb-v2-policy-ff': aws-cdk's integ.dynamodb-v2.policy-ff.ts
 * (framework-integ/test/aws-dynamodb); dropped: the IntegTest */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-dynamodb:resourcePolicyPerReplica", "true"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "ResourcePolicyTest-v2-FF", NULL);

    ccdk_iam_policy_document *docu = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("dynamodb:*"),
            .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
            .resources = CCDK_STRS("*"),
        })));

    /* table with resource policy */
    ccdk_dynamodb_table_v2_new(stack, "TableTestV2-1", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .resource_policy = docu,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
