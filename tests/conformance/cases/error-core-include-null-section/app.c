/* Conformance case 'error-core-include-null-section': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource_new(stack, "MyResource", "AWS::SNS::Topic", NULL);
    ccdk_cfn_include_new(stack, "T1", ccdk_v_json(stack, "{\"Resources\": null}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
