/* core: object keys that are array indexes ("0", "9", "10") come first, in ascending order, as
 * JavaScript objects keep them: in properties, a mapping, stack tags, toJsonString and metadata. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){
        .tags = CCDK_KVS({"b", "1"}, {"10", "ten"}, {"9", "nine"}, {"01", "lead"}),
    });
    const char *text = "{\"b\":1,\"10\":2,\"9\":3,\"01\":4,\"4294967295\":5,\"4294967294\":6,\"-1\":7,\"1.5\":8,\"0\":9}";
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Obj", ccdk_v_json(stack, text));
    ccdk_value *nested = ccdk_v_object(stack);
    ccdk_v_set(nested, "list", ccdk_v_push(ccdk_v_list(stack), ccdk_v_json(stack, text)));
    ccdk_value *z = ccdk_v_object(stack);
    ccdk_v_set(z, "3", ccdk_v_string(stack, "c"));
    ccdk_v_set(z, "a", ccdk_v_string(stack, "a"));
    ccdk_v_set(z, "1", ccdk_v_string(stack, "b"));
    ccdk_v_set(nested, "z", z);
    ccdk_v_set(props, "Nested", nested);
    ccdk_cfn_resource_new(stack, "R", "AWS::X::Y", props);
    ccdk_cfn_mapping_new(stack, "Map", ccdk_v_json(stack, "{\"b\":{\"x\":\"1\"},\"20\":{\"x\":\"2\"},\"3\":{\"x\":\"3\"}}"));
    ccdk_cfn_output_new(stack, "Json", &(ccdk_cfn_output_props){.value = ccdk_stack_to_json_string(stack, ccdk_v_json(stack, text), 0)});
    ccdk_node_add_metadata(stack, "meta", ccdk_v_json(stack, text));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
