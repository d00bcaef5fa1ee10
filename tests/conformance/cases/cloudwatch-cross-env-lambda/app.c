/* Conformance case 'cloudwatch-cross-env-lambda': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *fn_stack = ccdk_stack_new(app, "FunctionStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_stack *monitoring = ccdk_stack_new(app, "MonitoringStack", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_stack *alarms = ccdk_stack_new(app, "AlarmStack", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});

    ccdk_lambda_function *fn = ccdk_lambda_function_new(fn_stack, "MyFunction", &(ccdk_lambda_function_props){
        .function_name = "my-function",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(fn_stack, "exports.handler = async () => {};"),
    });

    ccdk_stack *stacks[] = {monitoring, fn_stack};
    for (int i = 0; i < 2; i++) {
        ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stacks[i], "Dash", NULL);
        ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
                .left = CCDK_LIST(ccdk_lambda_function_metric_errors(fn, NULL),
                                  ccdk_lambda_function_metric_invocations(fn, &(ccdk_cloudwatch_metric_options){.label = "calls"})),
                .right = CCDK_LIST(ccdk_lambda_function_metric_duration(fn, &(ccdk_cloudwatch_metric_options){
                    .account = "333333333333", .region = "ap-south-1", .id = "dur", .visible = CCDK_FALSE}))})));
        ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_single_value_widget_new(app, &(ccdk_cloudwatch_single_value_widget_props){
                .metrics = CCDK_LIST(ccdk_lambda_function_metric_throttles(fn, NULL))})));
    }

    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_errors(fn, NULL), alarms, "CrossAccountErrors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_errors(fn, NULL), fn_stack, "LocalErrors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_alarm_new(alarms, "CrossAccountMath", &(ccdk_cloudwatch_alarm_props){
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1),
        .metric = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
            .expression = "e / i",
            .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"e", ccdk_lambda_function_metric_errors(fn, NULL)},
                                          {"i", ccdk_lambda_function_metric_invocations(fn, NULL)})})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
