/* cfn-resource.test.ts 'CfnResource cannot be in Stage in Stack': a Stage starts a new scope, which has no Stack. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_stage *stage = ccdk_stage_new(stack, "Stage", NULL);
    ccdk_cfn_resource_new(stage, "Resource", "Some::Resource", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
