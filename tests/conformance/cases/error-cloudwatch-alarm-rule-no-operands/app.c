/* Conformance case 'error-cloudwatch-alarm-rule-no-operands': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_composite_alarm_new(stack, "CompositeAlarm", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_from_boolean(stack, 1),
            ccdk_cloudwatch_alarm_rule_all_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_EMPTY_LIST))),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
