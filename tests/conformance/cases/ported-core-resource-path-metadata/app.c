/* resource.test.ts's '"aws:cdk:path" metadata is added if "aws:cdk:path-metadata" context is set
 * to true': the context set on the stack, a CfnResource under a plain construct. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_node_set_context(stack, "aws:cdk:enable-path-metadata", "true");
    ccdk_construct *parent = ccdk_construct_new(stack, "Parent");
    ccdk_cfn_resource_new(parent, "MyResource", "MyResourceType", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
