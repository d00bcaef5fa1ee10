/* Fn.len of a literal that is not a list (aws-cdk-lib's error, without a path). */
#include <stdio.h>

#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_opt_num len = ccdk_fn_len(stack, ccdk_v_string(stack, "abc"));
    char buf[32];
    snprintf(buf, sizeof buf, "%g", len.value);
    ccdk_cfn_output_new(stack, "Len", &(ccdk_cfn_output_props){.value = buf});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
