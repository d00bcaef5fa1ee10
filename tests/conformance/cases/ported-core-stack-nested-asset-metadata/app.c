/* Conformance case 'ported-core-stack-nested-asset-metadata': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *parent_stack = ccdk_stack_new(app, "parent", NULL);
    ccdk_node_set_context(parent_stack, "aws:cdk:enable-asset-metadata", "true");
    ccdk_stack *child_stack = ccdk_nested_stack_new(parent_stack, "child", NULL);
    ccdk_cfn_resource_new(child_stack, "ChildResource", "Resource::Child", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
