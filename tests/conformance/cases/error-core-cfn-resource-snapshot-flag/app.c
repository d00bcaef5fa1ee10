/* cfn-resource.test.ts 'fails on unsupported resources (under feature flag)': @aws-cdk/core:validateSnapshotRemovalPolicy in the App's context, RemovalPolicy.SNAPSHOT on a CfnResource of a type without snapshots. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:validateSnapshotRemovalPolicy", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(stack, "Resource", "AWS::Lambda::Function", NULL),
                                           CCDK_REMOVAL_POLICY_SNAPSHOT);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
