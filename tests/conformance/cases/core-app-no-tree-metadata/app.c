/* core-app-no-tree-metadata: App props tree_metadata false (no tree.json, no Tree artifact) and
 * analytics_reporting false (core synthesis.test.ts). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.tree_metadata = CCDK_FALSE, .analytics_reporting = CCDK_FALSE});
    ccdk_stack *stack = ccdk_stack_new(app, "one-stack", NULL);
    ccdk_cfn_resource_new(stack, "MyResource", "Resource::Type", NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Beta", NULL);
    ccdk_stack *inner = ccdk_stack_new(stage, "Inner", NULL);
    ccdk_cfn_resource_new(inner, "MyResource", "Resource::Type", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
