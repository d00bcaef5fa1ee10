/* error-core-synth-twice-modified: constructs added after a successful synth fail the next one
 * (core synthesis.test.ts). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *prod = ccdk_stack_new(app, "PROD-Stack", NULL);
    ccdk_cfn_resource_new(prod, "Res", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Beta", NULL);
    ccdk_stack_new(stage, "Inner", NULL);
    int rc = ccdk_app_synth(app);

    ccdk_stack *beta = ccdk_stack_new(app, "BETA-Stack", NULL);
    ccdk_cfn_resource_new(beta, "Res", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_cfn_resource_new(prod, "Late", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_stack_new(stage, "Late", NULL);
    rc |= ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
