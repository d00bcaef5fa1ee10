/* Conformance case 'lambda-metric-all': the static Function.metricAll* metrics in alarms, their
 * statistics and dimensions, and Runtime.determineLatestPythonRuntime (see app.js). */
#include <stdio.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

static const char *dims_json(ccdk_app *app, const ccdk_cloudwatch_metric *m)
{
    ccdk_kvs d = ccdk_cloudwatch_metric_dimensions(m);
    if (!d.built_by_ccdk_list)
        return "null";
    char buf[512];
    size_t n = (size_t)snprintf(buf, sizeof buf, "{");
    for (size_t i = 0; i < d.count; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\"%s\":\"%s\"", i ? "," : "", d.items[i].key, d.items[i].value);
    snprintf(buf + n, sizeof buf - n, "}");
    return ccdk_fmt(app, "%s", buf);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    struct {
        const char *id;
        ccdk_cloudwatch_metric *metric;
    } metrics[] = {
        {"AllErrors", ccdk_lambda_function_metric_all_errors(stack, NULL)},
        {"AllDuration", ccdk_lambda_function_metric_all_duration(stack, NULL)},
        {"AllInvocations", ccdk_lambda_function_metric_all_invocations(stack, NULL)},
        {"AllThrottles", ccdk_lambda_function_metric_all_throttles(stack, NULL)},
        {"AllConcurrent", ccdk_lambda_function_metric_all_concurrent_executions(stack, NULL)},
        {"AllUnreserved", ccdk_lambda_function_metric_all_unreserved_concurrent_executions(stack, NULL)},
        {"Custom", ccdk_lambda_function_metric_all(stack, "ProvisionedConcurrencyUtilization", NULL)},
        {"ErrorsAvg", ccdk_lambda_function_metric_all_errors(stack, &(ccdk_cloudwatch_metric_options){
             .statistic = "Average", .period = ccdk_duration_minutes(1)})},
        {"DurationP99", ccdk_lambda_function_metric_all_duration(stack, &(ccdk_cloudwatch_metric_options){
             .statistic = "p99", .label = "p99 duration", .unit = "Milliseconds"})},
        {"ConcurrentMin", ccdk_lambda_function_metric_all_concurrent_executions(stack, &(ccdk_cloudwatch_metric_options){
             .statistic = "min", .period = ccdk_duration_hours(1)})},
        {"UnreservedDims", ccdk_lambda_function_metric_all_unreserved_concurrent_executions(stack, &(ccdk_cloudwatch_metric_options){
             .dimensions = CCDK_KVS({"FunctionName", "x"}, {"Resource", "x:1"})})},
        {"CustomOpts", ccdk_lambda_function_metric_all(stack, "Custom", &(ccdk_cloudwatch_metric_options){
             .statistic = "n", .dimensions = CCDK_KVS({"Key", "Value"})})},
    };
    char id[64];
    for (size_t i = 0; i < sizeof metrics / sizeof metrics[0]; i++) {
        ccdk_cloudwatch_alarm_new(stack, metrics[i].id, &(ccdk_cloudwatch_alarm_props){
            .metric = metrics[i].metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
        snprintf(id, sizeof id, "%sStatistic", metrics[i].id);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_statistic(metrics[i].metric)});
        snprintf(id, sizeof id, "%sDimensions", metrics[i].id);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = dims_json(app, metrics[i].metric)});
    }
    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_all_throttles(stack, NULL), stack, "Created",
                                        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(5), .evaluation_periods = CCDK_NUM(2)});

    const ccdk_lambda_runtime *python = ccdk_lambda_determine_latest_python_runtime(stack);
    ccdk_lambda_function_new(stack, "Python", &(ccdk_lambda_function_props){
        .runtime = python,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): pass"),
    });
    ccdk_cfn_output_new(stack, "PythonRuntime", &(ccdk_cfn_output_props){.value = python->name});
    ccdk_cfn_output_new(stack, "PythonIsConstant", &(ccdk_cfn_output_props){
        .value = python == CCDK_LAMBDA_RUNTIME_PYTHON_3_13 ? "true" : "false"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
