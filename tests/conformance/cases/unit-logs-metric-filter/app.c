/* Conformance case 'unit-logs-metric-filter': logs.MetricFilter as aws-logs' metric filter tests use it
 * (see app.js). Ported from aws-cdk: aws-logs/test/metricfilter.test.ts, aws-logs/test/loggroup.test.ts
 * (extractMetric). */
#include <stdio.h>
#include <string.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/logs.h>

static ccdk_logs_metric_filter_props base(ccdk_stack *stack, ccdk_logs_log_group *lg)
{
    return (ccdk_logs_metric_filter_props){
        .log_group = lg,
        .metric_namespace = "AWS/Test",
        .metric_name = "Latency",
        .metric_value = "$.latency",
        .filter_pattern = ccdk_logs_filter_pattern_exists(stack, "$.latency"),
    };
}

static void output_metric(ccdk_stack *stack, ccdk_cloudwatch_metric *metric)
{
    ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1),
    });
    char value[512];
    ccdk_kvs d = ccdk_cloudwatch_metric_dimensions(metric);
    snprintf(value, sizeof value, "%s %s %s ", ccdk_cloudwatch_metric_namespace(metric),
             ccdk_cloudwatch_metric_metric_name(metric), ccdk_cloudwatch_metric_statistic(metric));
    if (!d.built_by_ccdk_list)
        strcat(value, "null");
    else {
        strcat(value, "{");
        for (size_t i = 0; i < d.count; i++)
            snprintf(value + strlen(value), sizeof value - strlen(value), "%s\"%s\":\"%s\"", i ? "," : "",
                     d.items[i].key, d.items[i].value);
        strcat(value, "}");
    }
    ccdk_cfn_output_new(stack, "Metric", &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Trivial", NULL);
        ccdk_logs_metric_filter_props p = base(stack, ccdk_logs_log_group_new(stack, "LogGroup", NULL));
        p.filter_name = "FooBazBar";
        ccdk_logs_metric_filter_new(stack, "Subscription", &p);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithDimensions", NULL);
        ccdk_logs_metric_filter_props p = base(stack, ccdk_logs_log_group_new(stack, "LogGroup", NULL));
        p.dimensions = CCDK_KVS({"Foo", "Bar"});
        ccdk_logs_metric_filter_new(stack, "Subscription", &p);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ExposesMetric", NULL);
        ccdk_logs_metric_filter_props p = base(stack, ccdk_logs_log_group_new(stack, "LogGroup", NULL));
        ccdk_logs_metric_filter *mf = ccdk_logs_metric_filter_new(stack, "Subscription", &p);
        output_metric(stack, ccdk_logs_metric_filter_metric(mf, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ExposesMetricDimensions", NULL);
        ccdk_logs_metric_filter_props p = base(stack, ccdk_logs_log_group_new(stack, "LogGroup", NULL));
        p.dimensions = CCDK_KVS({"Foo", "Bar"}, {"Bar", "Baz"});
        ccdk_logs_metric_filter *mf = ccdk_logs_metric_filter_new(stack, "Subscription", &p);
        output_metric(stack, ccdk_logs_metric_filter_metric(mf, &(ccdk_cloudwatch_metric_options){
                                                                    .dimensions = CCDK_KVS({"Foo", "Bar"}, {"Bar", "Baz"}),
                                                                }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ExposesMetricStatistic", NULL);
        ccdk_logs_metric_filter_props p = base(stack, ccdk_logs_log_group_new(stack, "LogGroup", NULL));
        ccdk_logs_metric_filter *mf = ccdk_logs_metric_filter_new(stack, "Subscription", &p);
        output_metric(stack, ccdk_logs_metric_filter_metric(mf, &(ccdk_cloudwatch_metric_options){.statistic = "maximum"}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithUnit", NULL);
        ccdk_logs_metric_filter_props p = base(stack, ccdk_logs_log_group_new(stack, "LogGroup", NULL));
        p.dimensions = CCDK_KVS({"Foo", "Bar"});
        p.unit = "Milliseconds";
        ccdk_logs_metric_filter_new(stack, "Subscription", &p);
        p.unit = NULL;
        ccdk_logs_metric_filter_new(stack, "NoUnit", &p);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ExtractMetric", NULL);
        ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        output_metric(stack, ccdk_logs_log_group_extract_metric(lg, "$.myField", "MyService", "Field"));
        ccdk_cloudwatch_metric *m2 = ccdk_logs_log_group_extract_metric(lg, "$.myField", "MyNamespace/MyService", "Field");
        char value[256];
        snprintf(value, sizeof value, "%s %s", ccdk_cloudwatch_metric_namespace(m2), ccdk_cloudwatch_metric_metric_name(m2));
        ccdk_cfn_output_new(stack, "Metric2", &(ccdk_cfn_output_props){.value = value});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddMetricFilter", NULL);
        ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_metric_filter *mf = ccdk_logs_log_group_add_metric_filter(lg, "Errors", &(ccdk_logs_metric_filter_props){
            .filter_pattern = ccdk_logs_filter_pattern_not_exists(stack, "$.ok"),
            .metric_namespace = "App",
            .metric_name = "Errors",
            .default_value = CCDK_NUM(0),
            .dimensions = CCDK_KVS({"A", "a"}, {"B", "b"}, {"C", "c"}),
            .unit = "Count",
            .filter_name = "errors",
            .apply_on_transformed_logs = CCDK_TRUE,
        });
        ccdk_cfn_output_new(stack, "Ref", &(ccdk_cfn_output_props){
            .value = ccdk_cfn_resource_ref(ccdk_logs_metric_filter_resource(mf)),
        });
        ccdk_logs_log_group_add_metric_filter(lg, "Nulls", &(ccdk_logs_metric_filter_props){
            .filter_pattern = ccdk_logs_filter_pattern_is_null(stack, "$.value"),
            .metric_namespace = "App",
            .metric_name = "Nulls",
            .apply_on_transformed_logs = CCDK_FALSE,
        });
        ccdk_logs_log_group_add_metric_filter(ccdk_logs_log_group_from_log_group_name(stack, "Imported", "my-log-group"), "All",
                                              &(ccdk_logs_metric_filter_props){
                                                  .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
                                                  .metric_namespace = "App",
                                                  .metric_name = "All",
                                              });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
