/* error: aws-iam policy.test.ts 'fails if policy name is not unique within a user/group/role (a user)'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy *p1 = ccdk_iam_policy_new(stack, "P1", &(ccdk_iam_policy_props){.policy_name = "Foo"});
    ccdk_iam_policy *p2 = ccdk_iam_policy_new(stack, "P2", &(ccdk_iam_policy_props){.policy_name = "Foo"});
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);
    ccdk_iam_policy_attach_to_user(p1, user);
    ccdk_iam_policy_attach_to_user(p2, user);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
