/* cfn-resource.test.ts 'replace throws an error if oldTarget is not depended on' (resource.replaceDependency). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *resource1 = ccdk_cfn_resource_new(stack, "Resource1", "Test::Resource::Fake1", NULL);
    ccdk_cfn_resource *resource2 = ccdk_cfn_resource_new(stack, "Resource2", "Test::Resource::Fake2", NULL);
    ccdk_cfn_resource *resource3 = ccdk_cfn_resource_new(stack, "Resource3", "Test::Resource::Fake3", NULL);
    ccdk_cfn_resource_replace_dependency(resource1, resource2, resource3);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
