/* deps.test.ts 'throws error if target is common stack', by the public API: a resource's node.addDependency on its own stack. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "TestStack1", NULL);
    ccdk_cfn_resource *resource1 = ccdk_cfn_resource_new(stack1, "Resource1", "Test::Resource::Fake1", NULL);
    ccdk_node_add_dependency(resource1, stack1);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
