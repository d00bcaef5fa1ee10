/* Conformance case 'error-core-duplicate-logical-id-equal': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Dup", NULL);
    ccdk_cfn_resource *a = ccdk_cfn_resource_new(stack, "A", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource *b = ccdk_cfn_resource_new(stack, "B", "AWS::SNS::Topic", NULL);
    ccdk_cfn_element_override_logical_id(a, "Same");
    ccdk_cfn_element_override_logical_id(b, "Same");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
