/* Conformance case 'error-cloudwatch-alarm-math-search-account': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "pluto", .account = "123456789012"});
    ccdk_cloudwatch_metric *a = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "ACount"});
    ccdk_cloudwatch_metric *b = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "ACount", .account = "123456789012"});
    ccdk_cloudwatch_metric *c = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a + b", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", a}, {"b", b}),
        .period = ccdk_duration_minutes(1), .search_region = "mars"});
    ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .metric = c});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
