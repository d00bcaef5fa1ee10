/* Conformance case 'error-cloudwatch-alarm-rule-at-least-count': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_metric_create_alarm(metric, stack, "Alarm",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_composite_alarm_new(stack, "CompositeAlarm", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_at_least(stack, CCDK_CW_ALARM_STATE_ALARM,
            (ccdk_cloudwatch_at_least_threshold){.count = CCDK_NUM(2)}, (ccdk_cloudwatch_alarm_list)CCDK_LIST(alarm)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
