/* resource.test.ts's 'creation/update/updateReplace/deletion policies can be set on a resource'
 * (through applyRemovalPolicy for the last two), 'update policies UseOnlineResharding flag' and
 * 'enableVersionUpgrade can be set on a resource'. */
#include <ccdk/core.h>

#define WAIT "AWS::CloudFormation::WaitConditionHandle"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *r1 = ccdk_cfn_resource_new(stack, "Resource", WAIT, NULL);
    ccdk_cfn_resource_set_creation_policy(r1, ccdk_v_json(app,
        "{\"AutoScalingCreationPolicy\": {\"MinSuccessfulInstancesPercent\": 10}, \"StartFleet\": true}"));
    ccdk_cfn_resource_set_update_policy(r1, ccdk_v_json(app,
        "{\"AutoScalingScheduledAction\": {\"IgnoreUnmodifiedGroupSizeProperties\": false},"
        " \"AutoScalingReplacingUpdate\": {\"WillReplace\": true},"
        " \"CodeDeployLambdaAliasUpdate\": {\"ApplicationName\": \"CodeDeployApplication\","
        " \"DeploymentGroupName\": \"CodeDeployDeploymentGroup\", \"BeforeAllowTrafficHook\": \"lambda1\"}}"));
    ccdk_cfn_resource_apply_removal_policy(r1, CCDK_REMOVAL_POLICY_RETAIN);
    ccdk_cfn_resource_set_update_policy(ccdk_cfn_resource_new(stack, "Resharding", WAIT, NULL),
                                        ccdk_v_json(app, "{\"UseOnlineResharding\": true}"));
    ccdk_cfn_resource_set_update_policy(ccdk_cfn_resource_new(stack, "VersionUpgrade", WAIT, NULL),
                                        ccdk_v_json(app, "{\"EnableVersionUpgrade\": true}"));
    ccdk_cfn_resource *r4 = ccdk_cfn_resource_new(stack, "Removed", WAIT, NULL);
    ccdk_cfn_resource_set_update_policy(r4, ccdk_v_json(app, "{\"EnableVersionUpgrade\": true}"));
    ccdk_cfn_resource_set_update_policy(r4, NULL);
    ccdk_value *signal = ccdk_v_json(app, "{\"Count\": 1}");
    ccdk_v_set(signal, "Timeout", ccdk_v_string(app, ccdk_fn_ref(stack, "AWS::StackName")));
    ccdk_cfn_resource_set_creation_policy(r4, ccdk_v_set(ccdk_v_object(app), "ResourceSignal", signal));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
