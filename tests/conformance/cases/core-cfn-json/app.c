/* core: CfnJson (core/test/cfn-json.test.ts), a stack per test. */
#include <ccdk/core.h>

static const char *produce_lazy(void *ctx) { (void)ctx; return "I am lazy"; }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    { /* T1 */
        ccdk_stack *stack = ccdk_stack_new(app, "T1", NULL);
        ccdk_cfn_json *json = ccdk_cfn_json_new(stack, "MyCfnJson", ccdk_v_json(stack, "{\"hello\":1234,\"world\":{\"bar\":1234}}"));
        ccdk_cfn_output_new(stack, "Value", &(ccdk_cfn_output_props){.value = ccdk_cfn_json_value(json)});
    }
    { /* T2 */
        ccdk_stack *stack = ccdk_stack_new(app, "T2", NULL);
        ccdk_cfn_resource *other = ccdk_cfn_resource_new(stack, "Other", "MyResource", NULL);
        ccdk_value *value = ccdk_v_object(stack);
        ccdk_v_set(value, ccdk_cfn_resource_ref(other), ccdk_v_number(stack, 1234));
        ccdk_value *world = ccdk_v_object(stack);
        ccdk_v_set(world, "bar", ccdk_v_string(stack, ccdk_fmt(stack, "this is a %s", ccdk_lazy_string(stack, produce_lazy, NULL))));
        ccdk_v_set(value, "world", world);
        ccdk_cfn_json_new(stack, "MyCfnJson", value);
    }
    { /* T3 */
        ccdk_stack *stack = ccdk_stack_new(app, "T3", NULL);
        ccdk_construct *group = ccdk_construct_new(stack, "Group");
        ccdk_cfn_resource *other = ccdk_cfn_resource_new(stack, "Other", "MyResource", NULL);
        ccdk_value *av = ccdk_v_object(stack);
        ccdk_v_set(av, ccdk_fmt(stack, "%s:aud", ccdk_cfn_resource_get_att(other, "Url")), ccdk_v_string(stack, "sts.amazonaws.com"));
        ccdk_cfn_json *a = ccdk_cfn_json_new(stack, "A", av);
        ccdk_value *bv = ccdk_v_list(stack);
        ccdk_v_push(bv, ccdk_v_string(stack, "x"));
        ccdk_v_push(bv, ccdk_v_string(stack, ccdk_cfn_resource_ref(other)));
        ccdk_cfn_json *b = ccdk_cfn_json_new(group, "B", bv);
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_value *cond = ccdk_v_object(stack);
        ccdk_v_set(cond, "StringEquals", ccdk_v_string(stack, ccdk_cfn_json_value(a)));
        ccdk_v_set(props, "Conditions", cond);
        ccdk_v_set(props, "List", ccdk_v_string(stack, ccdk_cfn_json_value(b)));
        ccdk_cfn_resource_new(stack, "User", "AWS::Banana", props);
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
