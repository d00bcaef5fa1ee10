/* Conformance case 'error-cloudwatch-log-query-both': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_log_query_widget_new(stack, &(ccdk_cloudwatch_log_query_widget_props){
        .log_group_names = CCDK_STRS("g"), .query_string = "a", .query_lines = CCDK_STRS("b")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
