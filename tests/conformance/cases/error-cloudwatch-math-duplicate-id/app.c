/* Conformance case 'error-cloudwatch-math-duplicate-id': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *a = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "ACount", .label = "Alpha"});
    ccdk_cloudwatch_metric *b = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "BCount"});
    ccdk_cloudwatch_metric *inner = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a * 2", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", a})});
    ccdk_cloudwatch_metric *e0 = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a + e1", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", a}, {"e1", inner})});
    ccdk_cloudwatch_alarm_new(stack, "Fine", &(ccdk_cloudwatch_alarm_props){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .metric = e0});
    ccdk_cloudwatch_metric *e2 = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a + e1", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", b}, {"e1", inner})});
    ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .metric = e2});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
