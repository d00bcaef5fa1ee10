/* Conformance case 'cloudwatch-dashboard-lambda': a Lambda function's dashboard (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_cloudwatch_metric *errors = ccdk_lambda_function_metric_errors(fn, NULL);
    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_metric_create_alarm(errors, stack, "Errors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(5), .evaluation_periods = CCDK_NUM(1)});

    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "Dash", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "my-function",
        .start = "-P7D",
        .end = "-P1D",
        .period_override = CCDK_CW_PERIOD_OVERRIDE_AUTO,
    });
    ccdk_cloudwatch_widget *graph = ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
        .title = "Errors and invocations",
        .left = CCDK_LIST(errors),
        .right = CCDK_LIST(ccdk_lambda_function_metric_invocations(fn, &(ccdk_cloudwatch_metric_options){
            .label = "Calls", .color = CCDK_CW_COLOR_GREEN})),
        .left_annotations = CCDK_LIST_OF(ccdk_cloudwatch_horizontal_annotation,
            {.value = 5, .label = "too many", .color = CCDK_CW_COLOR_RED, .fill = CCDK_CW_SHADING_ABOVE},
            ccdk_cloudwatch_alarm_to_annotation(alarm)),
        .right_annotations = CCDK_LIST_OF(ccdk_cloudwatch_horizontal_annotation, {.value = 1000}),
        .left_y_axis = &(ccdk_cloudwatch_y_axis_props){.min = CCDK_NUM(0), .label = "errors", .show_units = CCDK_FALSE},
        .legend_position = CCDK_CW_LEGEND_RIGHT,
        .stacked = CCDK_TRUE,
        .period = ccdk_duration_minutes(1),
        .statistic = "Sum",
        .width = 12,
    });
    ccdk_cloudwatch_graph_widget_add_left_metric(graph, ccdk_lambda_function_metric_throttles(fn, NULL));
    ccdk_cloudwatch_graph_widget_add_right_metric(graph, ccdk_lambda_function_metric_duration(fn,
        &(ccdk_cloudwatch_metric_options){.statistic = "p99", .period = ccdk_duration_minutes(1)}));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_text_widget_new(stack, &(ccdk_cloudwatch_text_widget_props){
            .markdown = "# Function \"my-function\"\nerrors & calls", .width = 24, .height = 1})));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        graph,
        ccdk_cloudwatch_single_value_widget_new(stack, &(ccdk_cloudwatch_single_value_widget_props){
            .title = "Now", .metrics = CCDK_LIST(errors, ccdk_lambda_function_metric_invocations(fn, NULL)), .sparkline = CCDK_TRUE}),
        ccdk_cloudwatch_alarm_widget_new(stack, &(ccdk_cloudwatch_alarm_widget_props){
            .title = "Errors alarm", .alarm = alarm, .left_y_axis = &(ccdk_cloudwatch_y_axis_props){.max = CCDK_NUM(10)}}),
        ccdk_cloudwatch_text_widget_new(stack, &(ccdk_cloudwatch_text_widget_props){
            .markdown = "wraps", .background = CCDK_CW_TEXT_BACKGROUND_SOLID})));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_column_new(stack, (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_text_widget_new(stack, &(ccdk_cloudwatch_text_widget_props){.markdown = "a", .width = 4}),
            ccdk_cloudwatch_spacer_new(stack, 0, 2),
            ccdk_cloudwatch_text_widget_new(stack, &(ccdk_cloudwatch_text_widget_props){.markdown = "b", .width = 3, .height = 4}))),
        ccdk_cloudwatch_spacer_new(stack, 2, 0),
        ccdk_cloudwatch_row_new(stack, (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
                .left = CCDK_LIST(ccdk_lambda_function_metric_duration(fn, NULL)), .view = CCDK_CW_GRAPH_VIEW_BAR, .height = 4}),
            ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
                .left = CCDK_LIST(ccdk_lambda_function_metric_errors(fn, NULL)), .view = CCDK_CW_GRAPH_VIEW_PIE, .width = 12})))));
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_dashboard_name(dashboard)});
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_dashboard_arn(dashboard)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
