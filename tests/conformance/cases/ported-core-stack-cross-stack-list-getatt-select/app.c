/* Conformance case 'ported-core-stack-cross-stack-list-getatt-select': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_cfn_resource *export_resource = ccdk_cfn_resource_new(stack1, "exportedResource", "BLA", NULL);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);

    ccdk_strs list = ccdk_cfn_resource_get_att_list(export_resource, "List");
    ccdk_value *list_value = ccdk_v_list(stack2);
    for (size_t i = 0; i < list.count; i++)
        ccdk_v_push(list_value, ccdk_v_string(stack2, list.items[i]));
    ccdk_value *props = ccdk_v_object(stack2);
    ccdk_v_set(props, "Prop", ccdk_v_string(stack2, ccdk_fn_select(stack2, 3, list_value)));
    ccdk_cfn_resource_new(stack2, "SomeResource", "BLA", props);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
