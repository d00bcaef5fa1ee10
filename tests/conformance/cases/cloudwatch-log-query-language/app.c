/* Conformance case 'cloudwatch-log-query-language': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);
    ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_log_query_widget_new(stack, &(ccdk_cloudwatch_log_query_widget_props){
            .log_group_names = CCDK_STRS("/aws/lambda/a"), .query_string = "fields @message", .title = "Default"}),
        ccdk_cloudwatch_log_query_widget_new(stack, &(ccdk_cloudwatch_log_query_widget_props){
            .log_group_names = CCDK_STRS("/aws/lambda/a", "/aws/lambda/b"), .query_string = "fields @timestamp",
            .query_language = CCDK_CW_LOG_QUERY_LANGUAGE_LOGS_INSIGHTS})));
    ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_log_query_widget_new(stack, &(ccdk_cloudwatch_log_query_widget_props){
            .log_group_names = CCDK_STRS("/aws/lambda/a"), .query_string = "SELECT * FROM logs",
            .query_language = CCDK_CW_LOG_QUERY_LANGUAGE_SQL, .view = CCDK_CW_LOG_QUERY_VIEW_LINE, .width = 12}),
        ccdk_cloudwatch_log_query_widget_new(stack, &(ccdk_cloudwatch_log_query_widget_props){
            .log_group_names = CCDK_STRS("/aws/lambda/a"), .query_lines = CCDK_STRS("source = logs", "head 10"),
            .query_language = CCDK_CW_LOG_QUERY_LANGUAGE_PPL, .view = CCDK_CW_LOG_QUERY_VIEW_STACKED_AREA,
            .region = "eu-west-1"})));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
