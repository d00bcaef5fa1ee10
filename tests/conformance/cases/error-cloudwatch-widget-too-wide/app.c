/* Conformance case 'error-cloudwatch-widget-too-wide': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_dashboard_add_widgets(ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL), (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_text_widget_new(stack, &(ccdk_cloudwatch_text_widget_props){.markdown = "wide", .width = 25})));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
