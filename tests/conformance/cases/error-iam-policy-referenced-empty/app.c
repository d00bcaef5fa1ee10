/* policy.ts validatePolicy: a Policy whose policyName was read, empty and attached to no one: both
 * referenced-policy errors. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "Policy", NULL);
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_iam_policy_name(policy)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
