/* Seed README, Function Timeout: timeout + CloudWatch alarm on metricDuration. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .timeout = ccdk_duration_minutes(5),
    });
    ccdk_duration timeout = ccdk_lambda_function_timeout(fn);
    if (ccdk_duration_is_set(timeout)) {
        ccdk_cloudwatch_alarm_new(stack, "MyAlarm", &(ccdk_cloudwatch_alarm_props){
            .metric = ccdk_cloudwatch_metric_with(ccdk_lambda_function_metric_duration(fn, NULL),
                                                  &(ccdk_cloudwatch_metric_options){.statistic = "Maximum"}),
            .evaluation_periods = CCDK_NUM(1),
            .datapoints_to_alarm = CCDK_NUM(1),
            .threshold = CCDK_NUM(ccdk_duration_to_milliseconds(timeout)),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_IGNORE,
            .alarm_name = "My Lambda Timeout",
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
