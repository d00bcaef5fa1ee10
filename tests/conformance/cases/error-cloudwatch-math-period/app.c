/* Conformance case 'error-cloudwatch-math-period': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *a = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "ACount"});
    ccdk_cloudwatch_metric *b = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "BCount", .statistic = "Average"});
    ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a+b", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", a}, {"b", b}),
        .period = ccdk_duration_seconds(20)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
