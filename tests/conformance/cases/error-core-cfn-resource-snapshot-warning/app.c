/* cfn-resource.test.ts 'warns on unsupported resources (without feature flag)': RemovalPolicy.SNAPSHOT on a CfnResource of a type without snapshots in the stack `new Stack(app)`: the warning (empty, cli), an error under the init flags' @aws-cdk/core:validateSnapshotRemovalPolicy (cli+init). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(stack, "Resource", "AWS::Lambda::Function", NULL),
                                           CCDK_REMOVAL_POLICY_SNAPSHOT);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
