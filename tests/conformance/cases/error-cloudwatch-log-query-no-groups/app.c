/* Conformance case 'error-cloudwatch-log-query-no-groups': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_widget *w = ccdk_cloudwatch_log_query_widget_new(stack, &(ccdk_cloudwatch_log_query_widget_props){
        .log_group_names = CCDK_EMPTY_LIST, .query_string = "fields @message"});
    ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);
    ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(w));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
