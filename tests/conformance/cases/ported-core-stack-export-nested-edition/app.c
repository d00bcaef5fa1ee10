/* Conformance case 'ported-core-stack-export-nested-edition': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app_m = ccdk_app_new(NULL);
    ccdk_stack *producer_m = ccdk_stack_new(app_m, "Producer", NULL);
    ccdk_stack *nested_m = ccdk_nested_stack_new(producer_m, "Nestor", NULL);
    ccdk_cfn_resource *resource_m = ccdk_cfn_resource_new(nested_m, "Resource", "AWS::Resource", NULL);
    ccdk_stack_export_value(producer_m, ccdk_cfn_resource_get_att(resource_m, "Att"), NULL);
    int rc = ccdk_app_synth(app_m);
    ccdk_app_free(app_m);
    return rc ? 1 : 0;
}
