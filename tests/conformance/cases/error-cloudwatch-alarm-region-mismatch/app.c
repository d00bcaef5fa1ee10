/* Conformance case 'error-cloudwatch-alarm-region-mismatch': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.region = "pluto", .account = "123456789012"});
    ccdk_stack *stack2 = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "mars", .account = "567856785678"});
    ccdk_cloudwatch_metric *a = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "ACount"});
    ccdk_cloudwatch_alarm_new(stack2, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .metric = ccdk_cloudwatch_metric_attach_to(a, stack1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
