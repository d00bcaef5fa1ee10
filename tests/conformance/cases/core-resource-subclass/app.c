/* Conformance case 'core-resource-subclass': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_resource_props mine = {.class_name = "MyResource"};
    ccdk_resource_new_with_props(app, "Floating", &mine);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_construct *r = ccdk_resource_new_with_props(stack, "Mine", &mine);
    ccdk_cfn_resource_new(r, "Resource", "Test::Fake::Thing", ccdk_v_json(app, "{\"Name\": \"x\"}"));
    ccdk_resource_new(r, "Inner");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
