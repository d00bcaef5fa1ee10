/* error: a statement with a principal added to a LazyRole (addToPrincipalPolicy) waits for the role, then is its DefaultPolicy's validation error. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "test.service")});
    ccdk_iam_principal_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack))}));
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
