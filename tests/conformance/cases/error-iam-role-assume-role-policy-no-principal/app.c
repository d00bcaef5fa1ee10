/* Conformance case 'error-iam-role-assume-role-policy-no-principal': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", NULL))});
    ccdk_iam_policy_document_add_statements(ccdk_iam_role_assume_role_policy(role),
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("*")}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
