/* error: duration.test.ts's 'Duration in seconds': Duration.seconds(300).toDays() ('300 seconds' cannot be converted into a whole number of days.) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    double days = ccdk_duration_to(stack, ccdk_duration_seconds(300), CCDK_TIME_DAYS, CCDK_UNSET);
    ccdk_cfn_output_new(stack, "A", &(ccdk_cfn_output_props){.value = ccdk_fmt(stack, "%g", days)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
