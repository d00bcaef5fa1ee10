/* stack.exportValue of a resource's attribute locks its logical id: a later override is aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_cfn_resource *resource = ccdk_cfn_resource_new(producer, "ResourceXXX", "AWS::Resource", NULL);
    ccdk_stack_export_value(producer, ccdk_cfn_resource_get_att(resource, "Att"), NULL);
    ccdk_cfn_element_override_logical_id(resource, "OVERRIDE_LOGICAL_ID");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
