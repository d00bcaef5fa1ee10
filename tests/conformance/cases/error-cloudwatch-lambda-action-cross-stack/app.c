/* Conformance case 'error-cloudwatch-lambda-action-cross-stack': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *fn_stack = ccdk_stack_new(app, "FunctionStack", NULL);
    ccdk_stack *alarm_stack = ccdk_stack_new(app, "AlarmStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(fn_stack, "alarmLambda", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .code = ccdk_lambda_code_from_inline(fn_stack, "def handler(event, context):\n  pass"),
        .handler = "index.handler",
    });
    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_alarm_new(alarm_stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(alarm_stack, &(ccdk_cloudwatch_metric_props){.namespace_ = "AWS", .metric_name = "Test"}),
        .evaluation_periods = CCDK_NUM(3),
        .threshold = CCDK_NUM(100),
    });
    ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_actions_lambda_action(fn, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
