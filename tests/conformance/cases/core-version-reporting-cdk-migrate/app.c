/* core-version-reporting-cdk-migrate: "cdk-migrate" in the CLI's context changes no Analytics
 * string in aws-cdk-lib 2.276.0 (core metadata-resource.test.ts). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.analytics_reporting = CCDK_TRUE});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_resource_new(stack, "Res", "AWS::CloudFormation::WaitConditionHandle", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
