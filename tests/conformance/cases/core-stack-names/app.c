/* core: stack.test.ts's names and artifacts: an empty stack, a hyphenated id (overrideLogicalId
 * after a Ref and a GetAtt of the resource), a stack under a plain construct, a
 * generated name cut to 128 characters, an id that is no stack name beside an explicit stack_name,
 * two stacks of one stack_name, a stack in a stack's resource, metadata at the stack boundary,
 * Tags.of(app) on stacks in stacks, a description of 300 two-byte characters. */
#include <string.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *hello = ccdk_stack_new(app, "Hello-World", NULL);
    ccdk_cfn_resource *bonjour = ccdk_cfn_resource_new(hello, "BonjourResource", "AWS::SNS::Topic", NULL);
    ccdk_value *props = ccdk_v_object(hello);
    ccdk_v_set(props, "RefToBonjour", ccdk_v_string(hello, ccdk_cfn_resource_ref(bonjour)));
    ccdk_v_set(props, "GetAttBonjour", ccdk_v_string(hello, ccdk_cfn_resource_get_att(bonjour, "TopicName")));
    ccdk_cfn_resource_new(hello, "RefToBonjour", "AWS::SQS::Queue", props);
    ccdk_cfn_element_override_logical_id(bonjour, "BOOM");
    ccdk_stack_new(app, "Empty", NULL);

    ccdk_construct *prod = ccdk_construct_new(app, "Prod");
    ccdk_stack *in_prod = ccdk_stack_new(prod, "Stack", NULL);
    ccdk_cfn_output_new(in_prod, "Name", &(ccdk_cfn_output_props){.value = ccdk_stack_name(in_prod)});

    char long_id[256];
    strcpy(long_id, "ProdAppThisNameButItWillOnlyBeTooLongWhenCombinedWithTheStackName");
    size_t n = strlen(long_id);
    memset(long_id + n, 'z', 60);
    long_id[n + 60] = '\0';
    ccdk_construct *long_scope = ccdk_construct_new(app, long_id);
    ccdk_stack *long_stack = ccdk_stack_new(long_scope, "ThisNameIsVeryLongButItWillOnlyBeTooLongWhenCombinedWithTheAppNameStack", NULL);
    ccdk_cfn_output_new(long_stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_stack_name(long_stack)});

    ccdk_stack *odd = ccdk_stack_new(app, "invalid as : stack name, but thats fine",
                                     &(ccdk_stack_props){.stack_name = "valid-stack-name"});
    ccdk_cfn_resource_new(odd, "R", "AWS::SNS::Topic", NULL);

    ccdk_cfn_resource_new(ccdk_stack_new(app, "MyStack1", &(ccdk_stack_props){.stack_name = "thestack"}), "R",
                          "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_new(ccdk_stack_new(app, "MyStack2", &(ccdk_stack_props){.stack_name = "thestack"}), "R",
                          "AWS::SNS::Topic", NULL);

    char desc[601];
    for (int i = 0; i < 300; i++)
        memcpy(desc + 2 * i, "\xc3\xa9", 2);
    desc[600] = '\0';
    ccdk_stack *parent = ccdk_stack_new(app, "ParentStack", &(ccdk_stack_props){.description = desc});
    ccdk_cfn_resource *parent_resource = ccdk_cfn_resource_new(parent, "ParentResource", "AWS::SNS::Topic", NULL);
    ccdk_stack *child = ccdk_stack_new(CCDK_CONSTRUCT(parent_resource), "ChildStack", NULL);
    ccdk_cfn_resource *child_resource = ccdk_cfn_resource_new(child, "ChildResource", "AWS::SQS::Queue", NULL);
    ccdk_node_add_metadata(child, "foo", ccdk_v_string(child, "bar"));
    ccdk_cfn_output_new(child, "Of", &(ccdk_cfn_output_props){.value = ccdk_stack_name(ccdk_stack_of(child_resource))});
    ccdk_cfn_output_new(parent, "Of", &(ccdk_cfn_output_props){.value = ccdk_stack_name(ccdk_stack_of(parent_resource))});

    ccdk_stack *grandchild = ccdk_stack_new(child, "Grandchild", NULL);
    ccdk_cfn_resource_new(grandchild, "R", "AWS::SNS::Topic", NULL);
    /* a LegacyStackSynthesizer stack's tags are also its aws:cdk:stack-tags metadata */
    ccdk_cfn_resource_new(ccdk_stack_new(app, "LegacyTagged", &(ccdk_stack_props){.legacy_synthesizer = CCDK_TRUE}), "R",
                          "AWS::SNS::Topic", NULL);
    ccdk_tags_add(app, "foo", "bar");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
