/* aws-cdk's core arn.test.ts 'cannot rely on defaults when stack not known': Arn.format without a
 * stack and without partition, region and account (aws-cdk-lib's error, without a path). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    const char *arn =
        ccdk_arn_format_components(stack, &(ccdk_arn_components){.service = "sqs", .resource = "myqueuename"}, NULL);
    if (arn)
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = arn});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
