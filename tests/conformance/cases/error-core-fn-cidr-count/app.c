/* Fn.cidr with a count above 256: aws-cdk-lib's error (see app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_output_new(stack, "O",
                        &(ccdk_cfn_output_props){.value = ccdk_fn_select(stack, 0, ccdk_fn_cidr(stack, "10.0.0.0/16", 257, NULL))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
