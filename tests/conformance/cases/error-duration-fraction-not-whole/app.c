/* error: duration.test.ts's 'convert fractional minutes to minutes': Duration.minutes(0.5).toMinutes() (0.5 must be a whole number of minutes.) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    double m = ccdk_duration_to(stack, ccdk_duration_minutes(0.5), CCDK_TIME_MINUTES, CCDK_UNSET);
    ccdk_cfn_output_new(stack, "A", &(ccdk_cfn_output_props){.value = ccdk_fmt(stack, "%g", m)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
