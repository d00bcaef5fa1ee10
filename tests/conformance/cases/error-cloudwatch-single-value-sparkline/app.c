/* Conformance case 'error-cloudwatch-single-value-sparkline': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_single_value_widget_new(stack, &(ccdk_cloudwatch_single_value_widget_props){
        .metrics = CCDK_LIST(metric), .set_period_to_time_range = CCDK_TRUE, .sparkline = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
