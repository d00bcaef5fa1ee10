/* Conformance case 'unit-cloudwatch-metrics': cloudwatch.Metric as aws-cloudwatch's metrics tests use
 * it (see app.js). Ported from aws-cdk: aws-cloudwatch/test/metrics.test.ts. */
#include <stdio.h>
#include <string.h>

#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MetricGrant", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "SomeRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_any_principal(stack),
        });
        ccdk_cloudwatch_metric_grant_put_metric_data(role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DimensionsMap", NULL);
        ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "Test",
            .metric_name = "Metric",
            .dimensions = CCDK_KVS({"dimensionA", "value1"}, {"dimensionB", "value2"}),
        });
        ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
            .metric = metric, .threshold = CCDK_NUM(10), .evaluation_periods = CCDK_NUM(1),
        });
        ccdk_cloudwatch_metric *with_dims = ccdk_cloudwatch_metric_with(
            ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
                .namespace_ = "Test",
                .metric_name = "Metric",
                .period = ccdk_duration_minutes(10),
                .dimensions = CCDK_KVS({"dimensionA", "value1"}),
            }),
            &(ccdk_cloudwatch_metric_options){.dimensions = CCDK_KVS({"dimensionB", "value2"})});
        ccdk_cloudwatch_alarm_new(stack, "WithDimensions", &(ccdk_cloudwatch_alarm_props){
            .metric = with_dims, .threshold = CCDK_NUM(10), .evaluation_periods = CCDK_NUM(1),
        });
        ccdk_kvs d = ccdk_cloudwatch_metric_dimensions(with_dims);
        char json[256] = "{";
        for (size_t i = 0; i < d.count; i++)
            snprintf(json + strlen(json), sizeof json - strlen(json), "%s\"%s\":\"%s\"", i ? "," : "", d.items[i].key,
                     d.items[i].value);
        strcat(json, "}");
        ccdk_cfn_output_new(stack, "Dimensions", &(ccdk_cfn_output_props){.value = json});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Statistics", NULL);
        ccdk_cloudwatch_metric *custom = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "Test", .metric_name = "Metric", .statistic = "myCustomStatistic",
        });
        ccdk_cfn_output_new(stack, "Custom", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_statistic(custom)});
        static const char *const stats[] = {
            "SampleCount", "Average", "Sum", "Minimum",
            "Maximum", "IQM", "avg", "n", "iqm",
            "p9", "p99", "P99", "p99.99", "p100", "tm99", "wm99", "tc99", "ts99",
            "TM(10%:90%)", "TM(10.99%:90.99%)", "WM(10%:90%)", "TC(10%:90%)", "TS(10%:90%)", "TM(:90%)",
            "tm(10%:90%)", "TM(10%:)", "TM(10:1500)", "TM(10:)", "TM(:5000)", "TM(0.123456789:)", "TM(:0.123456789)",
            "TM(0.123456789%:)", "TM(:0.123456789%)", "TM(0.123:0.4543)", "TM(0.123%:0.4543%)", "TM(0.1000%:0.1000%)",
            "TM(0.9999:100.9999)", "pr(10:20)",
            "p99.99.99", "p200", "P200", "pa99", "99", "tm1.", "Tm12.", "tm123", "tm123.123456789", "tm.123456789",
            "TM(10:90%)", "tm(10:90%)", "TM(10%:1500)", "TM(10)", "TM()", "TM(0.:)", "tm(:0.)", "()", "(:)", "TM(:)", "TM(",
            "TM)", "TM(0.123456789%:%)", "TM(0.123:0.4543%)", "TM(0.123%:0.4543)", "TM(1000%:)", "TM(:1000%)",
            "TM(1000%:1000%)", "tm(1e2:)", "tm( 5 : 6 )", "tm(5:6:7)", "tm(5x:)", "p0x10",
        };
        ccdk_cloudwatch_metric *base = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "Test", .metric_name = "Metric",
        });
        for (size_t i = 0; i < sizeof stats / sizeof stats[0]; i++) {
            char id[32];
            ccdk_cloudwatch_metric *m = ccdk_cloudwatch_metric_with(base, &(ccdk_cloudwatch_metric_options){.statistic = stats[i]});
            snprintf(id, sizeof id, "Alarm%zu", i);
            ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
                .metric = m, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1),
            });
            snprintf(id, sizeof id, "Statistic%zu", i);
            ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_statistic(m)});
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
