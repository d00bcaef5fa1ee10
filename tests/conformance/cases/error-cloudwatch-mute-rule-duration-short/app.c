/* Conformance case 'error-cloudwatch-mute-rule-duration-short': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_alarm_mute_rule_new(stack, "Rule", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .schedule = {.expression = "cron(0 0 * * ? *)"},
        .duration = ccdk_duration_minutes(0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
