/* Conformance case 'error-cloudwatch-dashboard-interval-start': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_dashboard_new(stack, "Dash", &(ccdk_cloudwatch_dashboard_props){.start = "-P1D", .default_interval = ccdk_duration_days(7)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
