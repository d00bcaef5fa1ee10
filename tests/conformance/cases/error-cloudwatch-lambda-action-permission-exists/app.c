/* Conformance case 'error-cloudwatch-lambda-action-permission-exists': see app.js. Ported from
 * aws-cdk: aws-cloudwatch-actions/test/lambda.test.ts. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

static ccdk_cloudwatch_alarm *alarm(ccdk_stack *stack, const char *id, const char *metric_name)
{
    return ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){.namespace_ = "AWS", .metric_name = metric_name}),
        .evaluation_periods = CCDK_NUM(3),
        .threshold = CCDK_NUM(100),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction", "false");
    ccdk_cloudwatch_alarm *alarm1 = alarm(stack, "Alarm1", "Test");
    ccdk_cloudwatch_alarm *alarm2 = alarm(stack, "Alarm2", "Test2");
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "alarmLambda", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .function_name = "alarmLambda",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n  pass"),
        .handler = "index.handler",
    });
    ccdk_cloudwatch_alarm_add_alarm_action(alarm1, ccdk_cloudwatch_actions_lambda_action(fn, NULL));
    ccdk_cloudwatch_alarm_add_ok_action(alarm1, ccdk_cloudwatch_actions_lambda_action(fn, NULL));
    ccdk_cloudwatch_alarm_add_insufficient_data_action(alarm1, ccdk_cloudwatch_actions_lambda_action(fn, NULL));
    ccdk_cloudwatch_alarm_add_alarm_action(alarm2, ccdk_cloudwatch_actions_lambda_action(fn, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
