/* aws-cdk's core arn.test.ts: stack.parseArn of an ARN whose resource (the 6th component) is
 * empty. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    const char *value = ccdk_arn_parse(stack, "arn:aws:service:::", NULL, CCDK_UNSET).resource;
    if (value)
        ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = value});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
