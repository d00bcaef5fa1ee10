/* output.test.ts's 'throw if Output is passed a string list'. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_output_new(stack, "SomeOutput",
        &(ccdk_cfn_output_props){.value_json = ccdk_v_push(ccdk_v_list(app), ccdk_v_string(app, "listValue"))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
