/* error: aws-iam policy.test.ts 'fails if policy name is not unique within a user/group/role (a role)'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy *p1 = ccdk_iam_policy_new(stack, "P1", &(ccdk_iam_policy_props){.policy_name = "Foo"});
    ccdk_iam_policy *p2 = ccdk_iam_policy_new(stack, "P2", &(ccdk_iam_policy_props){.policy_name = "Foo"});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
    ccdk_iam_policy_attach_to_role(p1, role);
    ccdk_iam_policy_attach_to_role(p2, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
