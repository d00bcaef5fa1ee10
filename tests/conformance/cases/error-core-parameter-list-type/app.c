/* valueAsList of a parameter of type 'List' (not a list type): aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(stack, "listParam", &(ccdk_cfn_parameter_props){
        .type = "List", .default_value = ccdk_v_json(stack, "10")});
    ccdk_strs list = ccdk_cfn_parameter_value_as_list(p);
    if (list.count)
        ccdk_cfn_output_new(stack, "List", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", list)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
