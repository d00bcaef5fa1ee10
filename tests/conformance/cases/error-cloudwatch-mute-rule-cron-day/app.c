/* Conformance case 'error-cloudwatch-mute-rule-cron-day': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_alarm_mute_rule_new(stack, "Rule", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .schedule = ccdk_cloudwatch_schedule_expression_cron(app, &(ccdk_cloudwatch_cron_options){.minute = "0", .day = "1", .week_day = "MON"}),
        .duration = ccdk_duration_hours(1),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
