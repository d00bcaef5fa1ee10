/* aws-cdk's core arn.test.ts: Arn.extractResourceName of a literal ARN of another resource type
 * ('extractResourceName validates resource type if possible'). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    const char *value = ccdk_arn_extract_resource_name(stack, "arn:aws:iam::111111111111:banana/rama", "role");
    if (value)
        ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = value});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
