/* core-app-synth-result: core app.test.ts's synth() app (legacy synthesis by context, metadata,
 * warnings, context read by a construct). aws-cdk-lib's stackTraces: false is the context
 * "aws:cdk:disable-stack-trace" true, which every conformance context sets already. */
#include <ccdk/core.h>

static ccdk_value *from_context(ccdk_construct *scope, const char *key)
{
    const char *json = ccdk_node_try_get_context(scope, key);
    return json ? ccdk_v_json(scope, json) : NULL;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}, {"ctx1", "\"HELLO\""}),
    });
    ccdk_stack *stack1 = ccdk_stack_new(app, "stack1", &(ccdk_stack_props){.account = "12345", .region = "us-east-1"});
    ccdk_cfn_resource_new(stack1, "s1c1", "DummyResource", ccdk_v_json(stack1, "{\"Prop1\": \"Prop1\"}"));
    ccdk_cfn_resource *r2 = ccdk_cfn_resource_new(stack1, "s1c2", "DummyResource", ccdk_v_json(stack1, "{\"Foo\": 123}"));

    ccdk_stack *stack2 = ccdk_stack_new(app, "stack2", NULL);
    ccdk_cfn_resource_new(stack2, "s2c1", "DummyResource", ccdk_v_json(stack2, "{\"Prog2\": \"Prog2\"}"));
    ccdk_construct *c1 = ccdk_construct_new(stack2, "s1c2");
    ccdk_value *p1 = ccdk_v_object(c1);
    ccdk_value *unset = from_context(c1, "ctx2");
    if (unset)
        ccdk_v_set(p1, "Unset", unset);
    ccdk_cfn_resource_new(c1, "r1", "ResourceType1", p1);
    ccdk_value *p2 = ccdk_v_object(c1);
    ccdk_value *ctx1 = from_context(c1, "ctx1");
    if (ctx1)
        ccdk_v_set(p2, "FromContext", ctx1);
    ccdk_cfn_resource_new(c1, "r2", "ResourceType2", p2);

    ccdk_node_add_metadata(stack1, "meta", ccdk_v_number(stack1, 111));
    ccdk_annotations_add_warning(r2, "warning1", "warning1");
    ccdk_annotations_add_warning(r2, "warning2", "warning2");
    ccdk_node_add_metadata(c1, "meta", ccdk_v_json(c1, "{\"key\": \"value\"}"));
    ccdk_node_add_metadata(app, "applevel", ccdk_v_number(app, 123));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
