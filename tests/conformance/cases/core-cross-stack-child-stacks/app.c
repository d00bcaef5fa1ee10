/* Stacks in a stack (LegacyStackSynthesizer): a reference between two of them and a resource's
 * dependency on one of the other, the consumer's stack dependency; an override of a logical id, then
 * exportValue of the resource's attribute. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS(
        {"@aws-cdk/core:stackRelativeExports", "true"}, {"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    {
        ccdk_stack *parent = ccdk_stack_new(app, "Parent", NULL);
        ccdk_stack *child1 = ccdk_stack_new(parent, "Child1", NULL);
        ccdk_stack *child2 = ccdk_stack_new(parent, "Child2", NULL);
        ccdk_cfn_resource *resource_a = ccdk_cfn_resource_new(child1, "ResourceA", "RA", NULL);
        ccdk_cfn_resource *resource_b = ccdk_cfn_resource_new(child1, "ResourceB", "RB", NULL);
        ccdk_value *p = ccdk_v_object(child2);
        ccdk_v_set(p, "RefToResource1", ccdk_v_string(child2, ccdk_cfn_resource_ref(resource_a)));
        ccdk_cfn_resource *resource2 = ccdk_cfn_resource_new(child2, "Resource1", "R2", p);
        ccdk_cfn_resource_add_depends_on(resource2, resource_b);
    }
    {
        ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
        ccdk_cfn_resource *resource = ccdk_cfn_resource_new(producer, "ResourceXXX", "AWS::Resource", NULL);
        ccdk_cfn_element_override_logical_id(resource, "OVERRIDE_LOGICAL_ID");
        ccdk_stack_export_value(producer, ccdk_cfn_resource_get_att(resource, "Att"), NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
