/* Conformance case 'unit-cloudwatch-alarm': cloudwatch.Alarm as aws-cloudwatch's alarm tests use it
 * (see app.js). Ported from aws-cdk: aws-cloudwatch/test/alarm.test.ts. */
#include <ccdk/cloudwatch.h>

static ccdk_cloudwatch_metric *test_metric;

static void create_alarm(ccdk_app *app, const char *stack, const char *statistic)
{
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_cloudwatch_metric_with(test_metric, &(ccdk_cloudwatch_metric_options){.statistic = statistic}),
        ccdk_stack_new(app, stack, NULL), "Alarm",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(2)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    test_metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK/Test", .metric_name = "Metric"});

    ccdk_cloudwatch_alarm_new(ccdk_stack_new(app, "SimpleAlarm", NULL), "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = test_metric, .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(3),
    });
    ccdk_cloudwatch_alarm_new(ccdk_stack_new(app, "OverridePeriod", NULL), "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_with(test_metric, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(10)}),
        .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(3),
    });
    ccdk_cloudwatch_alarm_new(ccdk_stack_new(app, "OverrideStatistic", NULL), "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_with(test_metric, &(ccdk_cloudwatch_metric_options){.statistic = "max"}),
        .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(3),
    });
    ccdk_cloudwatch_alarm_new(ccdk_stack_new(app, "Percentile", NULL), "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_with(test_metric, &(ccdk_cloudwatch_metric_options){.statistic = "P99"}),
        .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(3),
    });
    ccdk_cloudwatch_alarm_new(ccdk_stack_new(app, "DatapointsToAlarm", NULL), "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = test_metric, .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(3), .datapoints_to_alarm = CCDK_NUM(2),
    });
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Actions", NULL);
        ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
            .metric = test_metric, .threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(2),
        });
        ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_alarm_action_of(stack, "A"));
        ccdk_cloudwatch_alarm_add_insufficient_data_action(alarm, ccdk_cloudwatch_alarm_action_of(stack, "B"));
        ccdk_cloudwatch_alarm_add_ok_action(alarm, ccdk_cloudwatch_alarm_action_of(stack, "C"));
        ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_alarm_action_of(stack, "D"));
        ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_alarm_action_of(stack, "E"));
        ccdk_cfn_output_new(CCDK_CONSTRUCT(alarm), "Arn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_arn(alarm)});
        ccdk_cfn_output_new(CCDK_CONSTRUCT(alarm), "Name", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_name(alarm)});
    }
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_cloudwatch_metric_with(test_metric, &(ccdk_cloudwatch_metric_options){.statistic = "min", .period = ccdk_duration_seconds(10)}),
        ccdk_stack_new(app, "FromMetric", NULL), "Alarm",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1000), .evaluation_periods = CCDK_NUM(2)});
    create_alarm(app, "PercentileString", "p99.9");
    create_alarm(app, "GenericExtended", "tm99.9999999999");
    create_alarm(app, "GenericPair", "TM(10%:90%)");
    create_alarm(app, "StatsP", "p99.9");          /* Stats.p(99.9) */
    create_alarm(app, "StatsTs", "TS(10%:90%)");   /* Stats.ts(10, 90) */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
        ccdk_cloudwatch_metric *m = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "CDK/Test", .metric_name = "Metric", .statistic = "invalid",
        });
        ccdk_cloudwatch_alarm_new(stack, "MyAlarm", &(ccdk_cloudwatch_alarm_props){
            .metric = m, .evaluation_periods = CCDK_NUM(1), .threshold = CCDK_NUM(1),
        });
        ccdk_cloudwatch_alarm_new(stack, "Labelled", &(ccdk_cloudwatch_alarm_props){
            .metric = ccdk_cloudwatch_metric_with(m, &(ccdk_cloudwatch_metric_options){.label = "My label"}),
            .evaluation_periods = CCDK_NUM(1), .threshold = CCDK_NUM(1),
        });
    }
    ccdk_cloudwatch_metric_create_alarm(test_metric, ccdk_stack_new(app, "CreateAlarmOptions", NULL), "Alarm",
                                        &(ccdk_cloudwatch_create_alarm_options){
                                            .threshold = CCDK_NUM(5),
                                            .evaluation_periods = CCDK_NUM(4),
                                            .datapoints_to_alarm = CCDK_NUM(3),
                                            .statistic = "Sum",
                                            .period = ccdk_duration_minutes(1),
                                            .alarm_name = "my-alarm",
                                            .alarm_description = "my description",
                                            .comparison_operator = CCDK_CW_LESS_THAN_THRESHOLD,
                                            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_BREACHING,
                                            .actions_enabled = CCDK_FALSE,
                                        });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
