/* The nested stack's timeout is given to CloudFormation in whole minutes (timeout.toMinutes()):
 * 90 seconds is aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_nested_stack_new(stack, "Nested", &(ccdk_nested_stack_props){.timeout = ccdk_duration_seconds(90)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
