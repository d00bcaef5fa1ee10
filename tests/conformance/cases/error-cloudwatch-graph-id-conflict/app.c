/* Conformance case 'error-cloudwatch-graph-id-conflict': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *a = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "ACount"});
    ccdk_cloudwatch_metric *b = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "BCount", .statistic = "Average"});
    ccdk_cloudwatch_dashboard *dash = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);
    ccdk_cloudwatch_dashboard_add_widgets(dash, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
            .left = CCDK_LIST(ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
                .expression = "m1 + 1", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"m1", a})})),
            .right = CCDK_LIST(ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
                .expression = "m1 + 1", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"m1", b})}))})));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
