/* aws-cdk's aws-cloudformation nested-stack.test.ts tests under the LegacyStackSynthesizer
 * ("@aws-cdk/core:newStyleStackSynthesis" false): nested templates as the parents' asset parameters,
 * references within, into and out of nested stacks, double-nested stacks (the inner template's asset
 * parameters passed down as reference-to-... parameters), a value passed down two levels. */
#include <ccdk/core.h>

static ccdk_cfn_resource *res(ccdk_stack *scope, const char *id, const char *type, const char *key, const char *value)
{
    ccdk_value *p = NULL;
    if (key) {
        p = ccdk_v_object(scope);
        ccdk_v_set(p, key, ccdk_v_string(scope, value));
    }
    return ccdk_cfn_resource_new(scope, id, type, p);
}

int main(void)
{
    /* version reporting off: under this synthesizer the nested templates' hashes (their CDKMetadata's
     * Analytics compressed by node's zlib) are in the parameters' logical ids */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}),
        .post_cli_context = CCDK_KVS({"aws:cdk:version-reporting", "false"}),
    });

    /* nested stack is not synthesized as a stack artifact into the assembly */
    ccdk_nested_stack_new(ccdk_stack_new(app, "parent-stack", NULL), "nested-stack", NULL);
    /* file asset metadata is associated with the parent stack / aws::cloudformation::stack is synthesized in the parent scope */
    res(ccdk_nested_stack_new(ccdk_stack_new(app, "parent-stack2", NULL), "nested-stack", NULL), "ResourceInNestedStack",
        "AWS::Resource::Nested", NULL, NULL);
    /* references within the nested stack are not reported as cross stack references */
    {
        ccdk_stack *nested = ccdk_nested_stack_new(ccdk_stack_new(app, "parent", NULL), "nested", NULL);
        ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(nested, "param", &(ccdk_cfn_parameter_props){.type = "String"});
        res(nested, "resource", "My::Resource", "SomeProp", ccdk_cfn_parameter_value_as_string(param));
    }
    /* nested stack references a resource from another non-nested stack (not the parent) */
    {
        ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
        ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
        ccdk_stack *nested = ccdk_nested_stack_new(stack1, "NestedUnderStack1", NULL);
        ccdk_cfn_resource *in2 = res(stack2, "ResourceInStack2", "MyResource", NULL, NULL);
        res(nested, "ResourceInNestedStack1", "Nested::Resource", "RefToSibling", ccdk_cfn_resource_get_att(in2, "MyAttribute"));
    }
    /* nested stack within a nested stack references a resource in a sibling top-level stack */
    {
        ccdk_stack *consumer_top = ccdk_stack_new(app, "ConsumerTopLevel", NULL);
        ccdk_stack *n2 = ccdk_nested_stack_new(ccdk_nested_stack_new(consumer_top, "ConsumerNested1", NULL), "ConsumerNested2", NULL);
        ccdk_cfn_resource *producer = res(ccdk_stack_new(app, "ProducerTopLevel", NULL), "Producer", "Producer", NULL, NULL);
        res(n2, "Consumer", "Consumer", "Ref", ccdk_cfn_resource_ref(producer));
    }
    /* another non-nested stack takes a reference on a resource within the nested stack (the parent exports) */
    {
        ccdk_stack *stack1 = ccdk_stack_new(app, "Stack3", NULL);
        ccdk_stack *stack2 = ccdk_stack_new(app, "Stack4", NULL);
        ccdk_stack *nested = ccdk_nested_stack_new(stack1, "NestedUnderStack1", NULL);
        ccdk_cfn_resource *in_nested = res(nested, "ResourceInNestedStack", "MyResource", NULL, NULL);
        res(stack2, "ResourceInStack2", "JustResource", "RefToSibling", ccdk_cfn_resource_get_att(in_nested, "MyAttribute"));
    }
    /* double-nested stack */
    {
        ccdk_stack *parent = ccdk_stack_new(app, "stack", NULL);
        ccdk_stack *nested1 = ccdk_nested_stack_new(parent, "Nested1", NULL);
        ccdk_stack *nested2 = ccdk_nested_stack_new(nested1, "Nested2", NULL);
        res(nested1, "Resource1", "Resource::1", NULL, NULL);
        res(nested2, "Resource2", "Resource::2", NULL, NULL);
    }
    /* references to a resource from a deeply nested stack */
    {
        ccdk_stack *top = ccdk_stack_new(app, "stack2", NULL);
        ccdk_cfn_resource *top_level = res(top, "toplevel", "TopLevel", NULL, NULL);
        ccdk_stack *nested2 = ccdk_nested_stack_new(ccdk_nested_stack_new(top, "nested1", NULL), "nested2", NULL);
        res(nested2, "refToTopLevel", "BottomLevel", "RefToTopLevel", ccdk_cfn_resource_ref(top_level));
    }
    /* bottom nested stack consumes value from a top-level stack through a parameter in a middle nested stack */
    {
        ccdk_stack *top = ccdk_stack_new(app, "Grandparent", NULL);
        ccdk_stack *bottom = ccdk_nested_stack_new(ccdk_nested_stack_new(top, "Parent", NULL), "Child", NULL);
        ccdk_cfn_resource *in_gp = res(top, "ResourceInGrandparent", "ResourceInGrandparent", NULL, NULL);
        res(bottom, "ResourceInChild", "ResourceInChild", "RefToGrandparent", ccdk_cfn_resource_ref(in_gp));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
