/* Conformance case 'cloudwatch-stats-lambda': the Stats helpers on a Lambda function's duration,
 * in alarms and a graph widget (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    const ccdk_opt_num none = {0};
    const struct { const char *id, *statistic; } stats[] = {
        {"P99", ccdk_cloudwatch_stats_percentile(app, 99)},
        {"P999", ccdk_cloudwatch_stats_percentile(app, 99.9)},
        {"Tm", ccdk_cloudwatch_stats_trimmed_mean(app, 90, none)},
        {"TmRange", ccdk_cloudwatch_stats_trimmed_mean(app, 10, CCDK_NUM(90))},
        {"Wm", ccdk_cloudwatch_stats_winsorized_mean(app, 95, none)},
        {"WmRange", ccdk_cloudwatch_stats_winsorized_mean(app, 5, CCDK_NUM(95))},
        {"Tc", ccdk_cloudwatch_stats_trimmed_count(app, 99, none)},
        {"TcRange", ccdk_cloudwatch_stats_trimmed_count(app, 1, CCDK_NUM(99))},
        {"Ts", ccdk_cloudwatch_stats_trimmed_sum(app, 50, none)},
        {"TsRange", ccdk_cloudwatch_stats_trimmed_sum(app, 0, CCDK_NUM(50.5))},
        {"Pr", ccdk_cloudwatch_stats_percentile_rank(app, 300, none)},
        {"PrRange", ccdk_cloudwatch_stats_percentile_rank(app, 100, CCDK_NUM(2000))},
        {"Iqm", CCDK_CW_STATS_IQM},
        {"Max", CCDK_CW_STATS_MAXIMUM},
        {"Count", CCDK_CW_STATS_SAMPLE_COUNT},
    };
    enum { N = sizeof stats / sizeof stats[0] };
    ccdk_cloudwatch_metric *metrics[N];
    for (int i = 0; i < N; i++) {
        metrics[i] = ccdk_lambda_function_metric_duration(fn, &(ccdk_cloudwatch_metric_options){.statistic = stats[i].statistic});
        ccdk_cloudwatch_metric_create_alarm(metrics[i], stack, stats[i].id, &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(100), .evaluation_periods = CCDK_NUM(1)});
    }
    ccdk_cloudwatch_dashboard_add_widgets(ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL), (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
            .left = CCDK_LIST_N(metrics, N), .width = 24})));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
