/* Conformance case 'error-cloudwatch-alarm-anomaly-explicit-goe': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "AWS/EC2", .metric_name = "CPUUtilization"});
    ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_anomaly_detection_for(app, &(ccdk_cloudwatch_anomaly_detection_metric_options){
            .metric = metric}),
        .threshold = CCDK_NUM(0), .evaluation_periods = CCDK_NUM(3),
        .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
