/* stack.formatArn with a separator other than ":", "/" or "": aws-cdk-lib's error (no path). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    const char *arn = ccdk_stack_format_arn(stack, "foo", "bar", "x", NULL);
    if (arn)
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = arn});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
