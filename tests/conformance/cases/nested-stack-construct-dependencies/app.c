/* node.addDependency between constructs on both sides of a nested stack's boundary, as
 * dispatchDependencyOperation turns them into DependsOn: a parent's resource on a nested stack's
 * (on the nested stack's resource), a nested stack's resource on a sibling nested stack's (the
 * resources of the two nested stacks), and a nested stack's resource on another top-level stack's
 * (the top-level stacks' dependency). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *other = ccdk_stack_new(app, "Other", NULL);
    ccdk_cfn_resource *shared = ccdk_cfn_resource_new(other, "Shared", "AWS::SNS::Topic", NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *first = ccdk_nested_stack_new(stack, "First", NULL);
    ccdk_stack *second = ccdk_nested_stack_new(stack, "Second", NULL);
    ccdk_cfn_resource *a = ccdk_cfn_resource_new(stack, "A", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource *b = ccdk_cfn_resource_new(first, "B", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource *c = ccdk_cfn_resource_new(second, "C", "AWS::SQS::Queue", NULL);
    ccdk_cfn_resource *d = ccdk_cfn_resource_new(second, "D", "AWS::SQS::Queue", NULL);
    ccdk_node_add_dependency(a, b);
    ccdk_node_add_dependency(c, b);
    ccdk_node_add_dependency(d, shared);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
