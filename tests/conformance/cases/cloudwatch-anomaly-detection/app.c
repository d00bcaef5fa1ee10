/* Conformance case 'cloudwatch-anomaly-detection': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "AWS/EC2", .metric_name = "CPUUtilization"});
    ccdk_cloudwatch_metric *complex = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "m1 + m2",
        .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"m1", metric},
                                      {"m2", ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
                                          .namespace_ = "AWS/EC2", .metric_name = "NetworkIn"})})});

    ccdk_cloudwatch_alarm *defaults = ccdk_cloudwatch_anomaly_detection_alarm_new(stack, "Default",
        &(ccdk_cloudwatch_anomaly_detection_alarm_props){.metric = metric, .evaluation_periods = CCDK_NUM(3)});
    ccdk_cloudwatch_anomaly_detection_alarm_new(stack, "Custom", &(ccdk_cloudwatch_anomaly_detection_alarm_props){
        .metric = metric, .std_devs = CCDK_NUM(3), .evaluation_periods = CCDK_NUM(2), .datapoints_to_alarm = CCDK_NUM(2),
        .comparison_operator = CCDK_CW_GREATER_THAN_UPPER_THRESHOLD, .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_BREACHING,
        .alarm_name = "custom-anomaly", .alarm_description = "an anomaly", .actions_enabled = CCDK_FALSE});
    ccdk_cloudwatch_anomaly_detection_alarm_new(stack, "Complex", &(ccdk_cloudwatch_anomaly_detection_alarm_props){
        .metric = complex, .evaluation_periods = CCDK_NUM(3)});
    ccdk_cloudwatch_anomaly_detection_alarm_new(stack, "OneMinute", &(ccdk_cloudwatch_anomaly_detection_alarm_props){
        .metric = ccdk_cloudwatch_metric_with(metric, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1), .statistic = "p99", .label = "cpu"}),
        .std_devs = CCDK_NUM(1.5), .evaluation_periods = CCDK_NUM(5), .comparison_operator = CCDK_CW_LESS_THAN_LOWER_THRESHOLD});

    ccdk_cloudwatch_metric *band = ccdk_cloudwatch_metric_anomaly_detection_for(app, &(ccdk_cloudwatch_anomaly_detection_metric_options){
        .metric = metric, .std_devs = CCDK_NUM(2.5)});
    ccdk_cloudwatch_alarm_new(stack, "BandThreshold", &(ccdk_cloudwatch_alarm_props){
        .metric = band, .threshold = CCDK_NUM(5), .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD});
    ccdk_cloudwatch_alarm_new(stack, "BandNoThreshold", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_anomaly_detection_for(app, &(ccdk_cloudwatch_anomaly_detection_metric_options){
            .metric = ccdk_cloudwatch_metric_with(metric, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(10)}),
            .label = "band", .color = "#ff0000"}),
        .threshold = CCDK_NUM(0), .evaluation_periods = CCDK_NUM(1), .comparison_operator = CCDK_CW_GREATER_THAN_UPPER_THRESHOLD});

    ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);
    ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
            .left = CCDK_LIST(metric, band),
            .left_annotations = CCDK_LIST_OF(ccdk_cloudwatch_horizontal_annotation, ccdk_cloudwatch_alarm_to_annotation(defaults))})));
    ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_alarm_widget_new(app, &(ccdk_cloudwatch_alarm_widget_props){.alarm = defaults})));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
