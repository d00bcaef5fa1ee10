/* output.test.ts's 'error message if importValue is used and Output is not exported'. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_cfn_output *output = ccdk_cfn_output_new(stack, "SomeOutput", &(ccdk_cfn_output_props){.value = "x"});
    ccdk_value *props = ccdk_v_object(app);
    ccdk_v_set(props, "input", ccdk_v_string(app, ccdk_cfn_output_import_value(output)));
    ccdk_cfn_resource_new(stack2, "Resource", "Some::Resource", props);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
