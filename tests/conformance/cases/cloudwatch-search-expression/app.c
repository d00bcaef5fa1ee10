/* Conformance case 'cloudwatch-search-expression': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-west-2"});
    ccdk_stack *agnostic = ccdk_stack_new(app, "Agnostic", NULL);

    ccdk_cloudwatch_metric *minimal = ccdk_cloudwatch_search_expression_new(app, &(ccdk_cloudwatch_search_expression_props){
        .expression = "SEARCH('{AWS/EC2,InstanceId} CPUUtilization', 'Average', 300)"});
    ccdk_cloudwatch_metric *full = ccdk_cloudwatch_search_expression_new(app, &(ccdk_cloudwatch_search_expression_props){
        .expression = "SEARCH('{AWS/Lambda,FunctionName} Duration', 'Average', 300)",
        .label = "Lambda Duration", .color = "#1f77b4", .period = ccdk_duration_minutes(10),
        .search_account = "123456789012", .search_region = "us-west-2"});
    ccdk_cloudwatch_metric *changed = ccdk_cloudwatch_math_expression_with(full, &(ccdk_cloudwatch_math_expression_options){
        .label = "New Label", .color = "#00ff00", .period = ccdk_duration_minutes(1),
        .search_account = "210987654321", .search_region = "eu-west-1"});
    ccdk_cloudwatch_metric *hidden = ccdk_cloudwatch_math_expression_with(minimal, &(ccdk_cloudwatch_math_expression_options){
        .visible = CCDK_FALSE, .label = "hidden"});
    ccdk_cloudwatch_metric *math = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "AVG(s)", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"s", minimal}),
        .period = ccdk_duration_minutes(1)});
    ccdk_cloudwatch_metric *empty_label = ccdk_cloudwatch_search_expression_new(app, &(ccdk_cloudwatch_search_expression_props){
        .expression = "SEARCH('{AWS/SQS,QueueName} NumberOfMessagesSent', 'Sum')", .label = ""});

    ccdk_stack *stacks[] = {stack, agnostic};
    for (int i = 0; i < 2; i++) {
        ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stacks[i], "Dash", NULL);
#define ADD(w) ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(w))
        ADD(ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
            .title = "search", .left = CCDK_LIST(minimal, full), .right = CCDK_LIST(changed, hidden)}));
        ADD(ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){.left = CCDK_LIST(math, minimal, minimal)}));
        ADD(ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){.left = CCDK_LIST(empty_label)}));
        ADD(ccdk_cloudwatch_single_value_widget_new(app, &(ccdk_cloudwatch_single_value_widget_props){.metrics = CCDK_LIST(full)}));
        ADD(ccdk_cloudwatch_gauge_widget_new(app, &(ccdk_cloudwatch_gauge_widget_props){.metrics = CCDK_LIST(changed)}));
        ADD(ccdk_cloudwatch_table_widget_new(app, &(ccdk_cloudwatch_table_widget_props){.metrics = CCDK_LIST(minimal, changed)}));
#undef ADD
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
