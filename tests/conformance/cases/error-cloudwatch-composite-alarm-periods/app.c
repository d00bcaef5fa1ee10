/* Conformance case 'error-cloudwatch-composite-alarm-periods': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_composite_alarm_new(stack, "CompositeAlarm", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_from_boolean(stack, 1),
        .actions_suppressor_extension_period = ccdk_duration_minutes(2),
        .actions_suppressor_wait_period = ccdk_duration_minutes(5),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
