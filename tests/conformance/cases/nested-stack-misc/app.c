/* The rest of aws-cdk's nested stack tests under the default synthesizer: a property override of a
 * nested stack's resource (its default child), stackId inside the nested stack, an attribute with a
 * period read by the parent, an import two nested levels down, metadata of a nested stack's resource
 * in the file of the stack (itself in a stack) it is nested in, a parameter used in its nested stack. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* a nested-stack has a defaultChild */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DefaultChild", NULL);
        ccdk_stack *nested = ccdk_nested_stack_new(stack, "MyNestedStack", NULL);
        ccdk_cfn_resource *res = ccdk_cfn_resource_of(ccdk_node_default_child(nested));
        ccdk_cfn_resource_add_property_override(res, "TemplateURL", ccdk_v_string(stack, "http://my-url.com"));
    }
    /* stackId inside the nested stack; an attribute with a period read by the parent */
    {
        ccdk_stack *parent = ccdk_stack_new(app, "Parent", NULL);
        ccdk_stack *nested = ccdk_nested_stack_new(parent, "NestedStack", NULL);
        ccdk_value *p = ccdk_v_object(nested);
        ccdk_v_set(p, "MyStackId", ccdk_v_string(nested, ccdk_stack_stack_id(nested)));
        ccdk_cfn_resource_new(nested, "NestedResource", "Nested::Resource", p);
        ccdk_cfn_resource *consumed = ccdk_cfn_resource_new(nested, "resource-in-nested", "CONSUMED", NULL);
        p = ccdk_v_object(parent);
        ccdk_v_set(p, "ConsumedAttribute", ccdk_v_string(parent, ccdk_cfn_resource_get_att(consumed, "Consumed.Attribute")));
        ccdk_cfn_resource_new(parent, "resource-in-parent", "CONSUMER", p);
        /* references within the nested stack */
        ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(nested, "param", &(ccdk_cfn_parameter_props){.type = "String"});
        p = ccdk_v_object(nested);
        ccdk_v_set(p, "SomeProp", ccdk_v_string(nested, ccdk_cfn_parameter_value_as_string(param)));
        ccdk_cfn_resource_new(nested, "resource", "My::Resource", p);
    }
    /* nested stack within a nested stack references a resource in a sibling top-level stack */
    {
        ccdk_stack *consumer_top = ccdk_stack_new(app, "ConsumerTopLevel", NULL);
        ccdk_stack *consumer_nested1 = ccdk_nested_stack_new(consumer_top, "ConsumerNested1", NULL);
        ccdk_stack *consumer_nested2 = ccdk_nested_stack_new(consumer_nested1, "ConsumerNested2", NULL);
        ccdk_stack *producer_top = ccdk_stack_new(app, "ProducerTopLevel", NULL);
        ccdk_cfn_resource *producer = ccdk_cfn_resource_new(producer_top, "Producer", "Producer", NULL);
        ccdk_value *p = ccdk_v_object(consumer_nested2);
        ccdk_v_set(p, "Ref", ccdk_v_string(consumer_nested2, ccdk_cfn_resource_ref(producer)));
        ccdk_cfn_resource_new(consumer_nested2, "Consumer", "Consumer", p);
    }
    /* metadata defined in nested stacks is reported at the parent stack level */
    {
        ccdk_stack *parent = ccdk_stack_new(app, "parent", NULL);
        ccdk_stack *child = ccdk_stack_new(parent, "child", NULL);
        ccdk_stack *nested = ccdk_nested_stack_new(child, "nested", NULL);
        ccdk_cfn_resource *resource = ccdk_cfn_resource_new(nested, "resource", "foo", NULL);
        ccdk_node_add_metadata(resource, "foo", ccdk_v_string(resource, "bar"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
