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
        ccdk_cfn_resource *described = ccdk_cfn_resource_new(producer, "Resource", "AWS::Resource", NULL);
        ccdk_stack_export_value(producer, ccdk_cfn_resource_get_att(described, "Att"),
                                &(ccdk_stack_export_value_options){.description = "This is a description"});
    }
    /* a stack in a stack reads its parent, and the parent reads another stack in it */
    {
        ccdk_stack *parent = ccdk_stack_new(app, "parent2", NULL);
        ccdk_stack *child = ccdk_stack_new(parent, "child", NULL);
        ccdk_cfn_resource *parent_resource = ccdk_cfn_resource_new(parent, "MyParentResource", "Resource::Parent", NULL);
        ccdk_value *p = ccdk_v_object(child);
        ccdk_v_set(p, "ChildProp", ccdk_v_string(child, ccdk_cfn_resource_get_att(parent_resource, "AttOfParentResource")));
        ccdk_cfn_resource_new(child, "MyChildResource", "Resource::Child", p);
        ccdk_stack *other_child = ccdk_stack_new(parent, "child2", NULL);
        ccdk_cfn_resource *child_resource = ccdk_cfn_resource_new(other_child, "MyChildResource", "Resource::Child", NULL);
        p = ccdk_v_object(parent);
        ccdk_v_set(p, "ParentProp", ccdk_v_string(parent, ccdk_cfn_resource_get_att(child_resource, "AttributeOfChildResource")));
        ccdk_cfn_resource_new(parent, "MyOtherParentResource", "Resource::Parent", p);
    }
    /* urlSuffix does not imply a stack dependency */
    {
        ccdk_stack *first = ccdk_stack_new(app, "First", NULL);
        ccdk_stack *second = ccdk_stack_new(app, "Second", NULL);
        ccdk_cfn_output_new(second, "Output", &(ccdk_cfn_output_props){.value = ccdk_stack_url_suffix(first)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
