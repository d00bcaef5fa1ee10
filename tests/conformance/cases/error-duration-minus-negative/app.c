/* error: duration.minus giving a negative amount (Duration amounts cannot be negative. Received: -30) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_duration d = ccdk_duration_minus(stack, ccdk_duration_seconds(30), ccdk_duration_minutes(1));
    ccdk_cfn_output_new(stack, "A", &(ccdk_cfn_output_props){.value = ccdk_duration_to_iso_string(stack, d)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
