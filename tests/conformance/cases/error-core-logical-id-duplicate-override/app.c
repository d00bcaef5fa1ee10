/* Two resources given the same logical id by overrideLogicalId: aws-cdk-lib's error at synth. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_element_override_logical_id(ccdk_cfn_resource_new(stack, "A", "Type::Of::A", NULL), "C");
    ccdk_cfn_element_override_logical_id(ccdk_cfn_resource_new(stack, "B", "Type::Of::B", NULL), "C");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
