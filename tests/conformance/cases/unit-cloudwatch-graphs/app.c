/* Conformance case 'unit-cloudwatch-graphs': aws-cloudwatch's graph widget tests, seen in a
 * dashboard (see app.js). Ported from aws-cdk: aws-cloudwatch/test/graphs.test.ts. */
#include <ccdk/cloudwatch.h>

static ccdk_app *app;
static ccdk_stack *stack;
static ccdk_cloudwatch_dashboard *dashboard;

static void add(ccdk_cloudwatch_widget *w) { ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(w)); }
static ccdk_cloudwatch_metric *metric(const char *name)
{
    return ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = name});
}
#define GRAPH(...) ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){__VA_ARGS__})
#define SINGLE(...) ccdk_cloudwatch_single_value_widget_new(app, &(ccdk_cloudwatch_single_value_widget_props){__VA_ARGS__})
#define GAUGE(...) ccdk_cloudwatch_gauge_widget_new(app, &(ccdk_cloudwatch_gauge_widget_props){__VA_ARGS__})
#define TABLE(...) ccdk_cloudwatch_table_widget_new(app, &(ccdk_cloudwatch_table_widget_props){__VA_ARGS__})
#define LOGS(...) ccdk_cloudwatch_log_query_widget_new(app, &(ccdk_cloudwatch_log_query_widget_props){ \
    .log_group_names = CCDK_STRS("my-log-group"), .query_lines = CCDK_STRS("fields @message", "filter @message like /Error/"), __VA_ARGS__})
#define TEST CCDK_LIST(metric("Test"))
#define HANNOTATIONS(...) CCDK_LIST_OF(ccdk_cloudwatch_horizontal_annotation, __VA_ARGS__)

int main(void)
{
    app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    dashboard = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);

    add(GRAPH(.title = "Test widget", .stacked = CCDK_TRUE));
    add(GRAPH(.title = "My fancy graph", .left = TEST, .right = CCDK_LIST(metric("Tast"))));
    {
        ccdk_cloudwatch_widget *w = GRAPH(.title = "My fancy graph");
        ccdk_cloudwatch_graph_widget_add_left_metric(w, metric("Test"));
        ccdk_cloudwatch_graph_widget_add_right_metric(w, metric("Tast"));
        add(w);
    }
    add(GRAPH(.left = CCDK_LIST(ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "CDK", .metric_name = "Test", .label = "MyMetric", .color = "000000"}))));
    add(GRAPH(.title = "Test widget", .view = CCDK_CW_GRAPH_VIEW_BAR));
    add(SINGLE(.metrics = TEST));
    add(LOGS(.view = CCDK_CW_LOG_QUERY_VIEW_UNSET));
    add(LOGS(.view = CCDK_CW_LOG_QUERY_VIEW_BAR));
    add(LOGS(.view = CCDK_CW_LOG_QUERY_VIEW_PIE));
    add(LOGS(.view = CCDK_CW_LOG_QUERY_VIEW_LINE));
    add(LOGS(.view = CCDK_CW_LOG_QUERY_VIEW_STACKED_AREA));
    add(ccdk_cloudwatch_log_query_widget_new(app, &(ccdk_cloudwatch_log_query_widget_props){
        .title = "two groups", .log_group_names = CCDK_STRS("a", "b"), .query_string = "stats count(*)",
        .view = CCDK_CW_LOG_QUERY_VIEW_TABLE, .width = 12, .height = 4, .region = "us-west-2", .account_id = "123456789012"}));
    add(ccdk_cloudwatch_alarm_widget_new(app, &(ccdk_cloudwatch_alarm_widget_props){
        .alarm = ccdk_cloudwatch_metric_create_alarm(metric("Test"), stack, "Alarm", &(ccdk_cloudwatch_create_alarm_options){
            .evaluation_periods = CCDK_NUM(2), .threshold = CCDK_NUM(1000)})}));
    add(GRAPH(.title = "My fancy graph", .left = TEST,
              .left_annotations = HANNOTATIONS({.value = 1000, .color = "667788", .fill = CCDK_CW_SHADING_BELOW, .label = "this is the annotation"})));
    add(GRAPH(.title = "My fancy graph", .left = TEST,
              .vertical_annotations = CCDK_LIST_OF(ccdk_cloudwatch_vertical_annotation,
                  {.date = "2021-07-29T02:31:09.890Z", .color = "667788", .fill = CCDK_CW_VERTICAL_SHADING_AFTER, .label = "this is the annotation"})));
    {
        ccdk_cloudwatch_metric *m = metric("Test");
        ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_metric_create_alarm(m, stack, "Alarm2", &(ccdk_cloudwatch_create_alarm_options){
            .evaluation_periods = CCDK_NUM(7), .datapoints_to_alarm = CCDK_NUM(2), .threshold = CCDK_NUM(1000)});
        add(GRAPH(.right = CCDK_LIST(m), .right_annotations = HANNOTATIONS(ccdk_cloudwatch_alarm_to_annotation(alarm))));
    }
    add(GRAPH(.title = "My fancy graph", .left = TEST, .right = CCDK_LIST(metric("Tast")),
              .left_y_axis = &(ccdk_cloudwatch_y_axis_props){.label = "Left yAxis", .max = CCDK_NUM(100)},
              .right_y_axis = &(ccdk_cloudwatch_y_axis_props){.label = "Right yAxis", .min = CCDK_NUM(10), .show_units = CCDK_FALSE}));
    add(GRAPH(.title = "My live graph", .left = TEST, .live_data = CCDK_TRUE));
    add(ccdk_cloudwatch_alarm_widget_new(app, &(ccdk_cloudwatch_alarm_widget_props){
        .title = "My fancy graph",
        .alarm = ccdk_cloudwatch_alarm_from_alarm_arn(stack, "Imported", "arn:aws:cloudwatch:region:account-id:alarm:alarm-name")}));
    add(SINGLE(.metrics = TEST, .set_period_to_time_range = CCDK_TRUE));
    add(SINGLE(.metrics = TEST, .sparkline = CCDK_TRUE));
    add(SINGLE(.metrics = TEST, .full_precision = CCDK_TRUE));
    add(SINGLE(.metrics = TEST, .period = ccdk_duration_days(2)));
    add(GRAPH(.left = CCDK_LIST(ccdk_cloudwatch_metric_with(metric("Test"), &(ccdk_cloudwatch_metric_options){.color = CCDK_CW_COLOR_BLUE})),
              .left_annotations = HANNOTATIONS({.value = 100, .color = CCDK_CW_COLOR_RED})));
    add(GRAPH(.left = TEST, .legend_position = CCDK_CW_LEGEND_RIGHT));
    add(GRAPH(.left = TEST, .view = CCDK_CW_GRAPH_VIEW_PIE, .display_labels_on_chart = CCDK_TRUE));
    add(GRAPH(.left = TEST, .view = CCDK_CW_GRAPH_VIEW_PIE, .set_period_to_time_range = CCDK_TRUE));
    add(GAUGE(.metrics = TEST));
    add(GRAPH(.left = TEST, .statistic = "Average", .period = ccdk_duration_days(2)));
    add(GRAPH(.left = TEST, .view = CCDK_CW_GRAPH_VIEW_PIE, .start = "-P7D", .end = "2018-12-17T06:00:00.000Z"));
    add(SINGLE(.metrics = TEST, .start = "-P7D", .end = "2018-12-17T06:00:00.000Z"));
    add(GAUGE(.metrics = TEST, .start = "-P7D", .end = "2018-12-17T06:00:00.000Z"));
    add(GAUGE(.metrics = TEST, .annotations = HANNOTATIONS({.color = "#b2df8d", .label = "Up", .value = 1, .fill = CCDK_CW_SHADING_ABOVE})));
    add(TABLE(.metrics = TEST));
    {
        ccdk_cloudwatch_widget *w = TABLE(.title = NULL);
        ccdk_cloudwatch_widget_add_metric(w, metric("Test"));
        add(w);
    }
    add(TABLE(.metrics = TEST, .layout = CCDK_CW_TABLE_LAYOUT_VERTICAL, .show_units_in_label = CCDK_TRUE, .live_data = CCDK_TRUE,
              .full_precision = CCDK_TRUE,
              .summary = &(ccdk_cloudwatch_table_summary_props){
                  .columns = CCDK_LIST(CCDK_CW_TABLE_SUMMARY_AVERAGE), .hide_non_summary_columns = CCDK_TRUE, .sticky = CCDK_TRUE}));
    add(TABLE(.metrics = TEST, .thresholds = CCDK_LIST_OF(ccdk_cloudwatch_table_threshold,
        {CCDK_CW_TABLE_THRESHOLD_ABOVE, 1000, 0, CCDK_CW_COLOR_RED},
        {CCDK_CW_TABLE_THRESHOLD_BETWEEN, 500, 1000, CCDK_CW_COLOR_ORANGE},
        {CCDK_CW_TABLE_THRESHOLD_BELOW, 500, 0, CCDK_CW_COLOR_GREEN})));
    add(TABLE(.metrics = TEST, .start = "-P7D", .end = "2018-12-17T06:00:00.000Z"));
    {
        ccdk_cloudwatch_metric *a = metric("Test"), *b = metric("Tast");
        add(GRAPH(
            .left = CCDK_LIST(ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
                .expression = "a + b", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", a}, {"b", b})}), a),
            .right = CCDK_LIST(ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
                .expression = "c * 2", .label = "double", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"c", a}),
                .period = ccdk_duration_minutes(10)}))));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
