/* aws-cdk's core arn.test.ts: stack.parseArn of an ARN with too few components (the resource
 * component is required). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    const char *value = ccdk_arn_parse(stack, "arn:is:too:short", NULL, CCDK_UNSET).resource;
    if (value)
        ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = value});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
