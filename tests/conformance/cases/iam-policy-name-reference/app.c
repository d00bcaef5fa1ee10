/* aws-iam policy.test.ts: a Policy with a document (PolicyDocument.fromJson), policy.policyName read
 * (generated and given) and used, of a policy attached to a user;
 * Policy.fromPolicyName (an Import construct) and its name. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_iam_policy *with_doc = ccdk_iam_policy_new(stack, "WithDoc", &(ccdk_iam_policy_props){
        .document = ccdk_iam_policy_document_from_json(stack, ccdk_v_json(stack,
            "{\"Statement\": [{\"Action\": \"s3:GetObject\", \"Resource\": \"*\", \"Effect\": \"Allow\"}]}")),
        .roles = CCDK_LIST(role)});
    ccdk_iam_policy_add_statements(with_doc, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:PutObject"), .resources = CCDK_STRS("*")}));
    ccdk_iam_policy *unattached = ccdk_iam_policy_new(stack, "Unattached", &(ccdk_iam_policy_props){
        .users = CCDK_LIST(ccdk_iam_user_new(stack, "User", NULL)),
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS("*")}))});
    ccdk_iam_policy *named = ccdk_iam_policy_new(stack, "Named", &(ccdk_iam_policy_props){
        .policy_name = "my-policy", .roles = CCDK_LIST(role),
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sns:Publish"), .resources = CCDK_STRS("*")}))});
    ccdk_iam_policy *imported = ccdk_iam_policy_from_policy_name(stack, "Imported", "existing-policy");
    ccdk_cfn_output_new(stack, "Generated", &(ccdk_cfn_output_props){.value = ccdk_iam_policy_name(unattached)});
    ccdk_cfn_output_new(stack, "Given", &(ccdk_cfn_output_props){.value = ccdk_iam_policy_name(named)});
    ccdk_cfn_output_new(stack, "ImportedName", &(ccdk_cfn_output_props){.value = ccdk_iam_policy_name(imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
