/* Conformance case 'error-cloudwatch-alarm-math-too-many-metrics': see app.js. */
#include <stdio.h>
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    char names[15][16];
    ccdk_cloudwatch_using_metric using[15];
    for (int i = 0; i < 15; i++) {
        snprintf(names[i], sizeof names[i], "metric%d", i);
        using[i] = (ccdk_cloudwatch_using_metric){names[i], ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "CDK/Test", .metric_name = names[i]})};
    }
    ccdk_cloudwatch_metric *math = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a", .using_metrics = CCDK_LIST_N(using, 15)});
    ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = math, .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(3)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
