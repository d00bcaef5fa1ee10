/* Conformance case 'error-iam-policy-name-not-unique-group': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy *p1 = ccdk_iam_policy_new(stack, "P1", &(ccdk_iam_policy_props){.policy_name = "Foo"});
    ccdk_iam_policy *p2 = ccdk_iam_policy_new(stack, "P2", &(ccdk_iam_policy_props){.policy_name = "Foo"});
    ccdk_iam_group *group = ccdk_iam_group_new(stack, "MyGroup", NULL);
    ccdk_iam_policy_attach_to_group(p1, group);
    ccdk_iam_policy_attach_to_group(p2, group);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
