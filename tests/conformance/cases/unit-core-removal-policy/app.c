/* aws-cdk's core removal-policy.test.ts, with resource.test.ts's 'removal policy is a high level
 * abstraction of deletion policy used by l2' and cfn-resource.test.ts's 'can switch off updating
 * Update policy' (RemovalPolicyOptions). */
#include <ccdk/core.h>

#define WAIT "AWS::CloudFormation::WaitConditionHandle"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    static const struct { const char *name; ccdk_removal_policy policy; } policies[] = {
        {"Retain", CCDK_REMOVAL_POLICY_RETAIN}, {"Destroy", CCDK_REMOVAL_POLICY_DESTROY},
        {"RetainOnUpdateOrDelete", CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE},
    };
    for (size_t i = 0; i < sizeof policies / sizeof *policies; i++) {
        ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(stack, policies[i].name, WAIT, NULL),
                                               policies[i].policy);
        ccdk_cfn_resource_apply_removal_policy_with(
            ccdk_cfn_resource_new(stack, ccdk_fmt(stack, "%sUpdate", policies[i].name), WAIT, NULL), policies[i].policy,
            &(ccdk_removal_policy_options){.apply_to_update_replace_policy = CCDK_TRUE});
        ccdk_cfn_resource_apply_removal_policy_with(
            ccdk_cfn_resource_new(stack, ccdk_fmt(stack, "%sNoUpdate", policies[i].name), WAIT, NULL), policies[i].policy,
            &(ccdk_removal_policy_options){.apply_to_update_replace_policy = CCDK_FALSE});
    }
    ccdk_cfn_resource_apply_removal_policy_with(ccdk_cfn_resource_new(stack, "Snapshot", "AWS::EC2::Volume", NULL),
        CCDK_REMOVAL_POLICY_SNAPSHOT, &(ccdk_removal_policy_options){.apply_to_update_replace_policy = CCDK_TRUE});
    ccdk_cfn_resource_apply_removal_policy_with(ccdk_cfn_resource_new(stack, "Default1", WAIT, NULL), CCDK_REMOVAL_POLICY_UNSET,
        &(ccdk_removal_policy_options){.default_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_cfn_resource_apply_removal_policy_with(ccdk_cfn_resource_new(stack, "Default2", WAIT, NULL), CCDK_REMOVAL_POLICY_UNSET, NULL);
    ccdk_cfn_resource_apply_removal_policy_with(ccdk_cfn_resource_new(stack, "Default3", WAIT, NULL), CCDK_REMOVAL_POLICY_DESTROY,
        &(ccdk_removal_policy_options){.default_policy = CCDK_REMOVAL_POLICY_RETAIN});
    ccdk_cfn_resource *twice = ccdk_cfn_resource_new(stack, "Twice", WAIT, NULL);
    ccdk_cfn_resource_apply_removal_policy(twice, CCDK_REMOVAL_POLICY_DESTROY);
    ccdk_cfn_resource_apply_removal_policy_with(twice, CCDK_REMOVAL_POLICY_RETAIN,
        &(ccdk_removal_policy_options){.apply_to_update_replace_policy = CCDK_FALSE});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
