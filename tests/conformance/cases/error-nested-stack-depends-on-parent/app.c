/* A nested stack cannot depend on the stack it is nested in (aws-cdk-lib's
 * dispatchDependencyOperation). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Nested", NULL);
    ccdk_cfn_resource_new(nested, "Thing", "AWS::SNS::Topic", NULL);
    ccdk_stack_add_dependency(nested, stack);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
