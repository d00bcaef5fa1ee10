/* Conformance case 'error-cloudwatch-alarm-ec2-action-options': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "CDK/Test", .metric_name = "Metric", .color = "#00ff00", .label = "my metric", .id = "mine",
        .visible = CCDK_FALSE, .account = "210987654321", .unit = "Count"});
    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_attach_to(metric, stack), .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(2)});
    ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_alarm_action_of(stack, "arn:aws:automate:us-east-1:ec2:stop"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
