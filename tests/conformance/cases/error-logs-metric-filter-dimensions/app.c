/* Conformance case 'error-logs-metric-filter-dimensions': see app.js. */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
    ccdk_logs_metric_filter_new(stack, "Subscription", &(ccdk_logs_metric_filter_props){
        .log_group = log_group,
        .metric_namespace = "AWS/Test",
        .metric_name = "Latency",
        .metric_value = "$.latency",
        .filter_pattern = ccdk_logs_filter_pattern_exists(stack, "$.latency"),
        .dimensions = CCDK_KVS({"Foo", "Bar"}, {"Bar", "Baz"}, {"Baz", "Qux"}, {"Qux", "Quux"}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
