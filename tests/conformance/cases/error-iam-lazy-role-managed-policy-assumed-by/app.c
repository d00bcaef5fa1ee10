/* error: a LazyRole assumed by a ManagedPolicy's grantPrincipal: its trust policy, made with the role when its ARN is read, is ManagedPolicyGrantPrincipal's error. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(stack, "Policy", &(ccdk_iam_managed_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*")}))});
    ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_managed_policy_principal(policy)});
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
