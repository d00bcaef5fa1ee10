/* Conformance case 'error-cloudwatch-alarm-search-expression': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *search = ccdk_cloudwatch_search_expression_new(app, &(ccdk_cloudwatch_search_expression_props){
        .expression = "SEARCH('{AWS/Lambda,FunctionName} Errors', 'Sum')"});
    ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .metric = search});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
