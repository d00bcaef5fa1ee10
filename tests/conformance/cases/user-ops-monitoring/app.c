/* Conformance case 'user-ops-monitoring': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OpsMonitoring", &(ccdk_stack_props){
        .description = "Scheduled jobs and their alarms",
    });

    ccdk_sns_topic *on_call = ccdk_sns_topic_new(stack, "OnCall", &(ccdk_sns_topic_props){.display_name = "On-call alerts"});
    ccdk_sns_topic_add_email_subscription(on_call, "ops@example.com", NULL);
    ccdk_cloudwatch_alarm_action *notify = ccdk_cloudwatch_actions_sns_action(on_call);

    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "jobs", NULL);

    ccdk_logs_log_group *report_logs = ccdk_logs_log_group_new(stack, "ReportLogs", &(ccdk_logs_log_group_props){
        .log_group_name = "/ops/daily-report",
        .retention = CCDK_LOGS_RETENTION_THREE_MONTHS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function *report = ccdk_lambda_function_new(stack, "DailyReport", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.report",
        .code = code,
        .timeout = ccdk_duration_minutes(5),
        .log_group = report_logs,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
    });
    ccdk_value *input = ccdk_v_object(stack);
    ccdk_v_set(input, "report", ccdk_v_string(stack, "daily"));
    ccdk_v_set(input, "format", ccdk_v_string(stack, "pdf"));
    ccdk_events_rule_new(stack, "WeekdayMornings", &(ccdk_events_rule_props){
        .description = "daily report at 06:00 UTC on weekdays",
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = "6", .week_day = "MON-FRI"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(report, &(ccdk_events_lambda_function_target_props){
            .event_object = input,
            .retry_attempts = CCDK_NUM(2),
            .max_event_age = ccdk_duration_hours(1),
        })),
    });

    ccdk_logs_log_group *probe_logs = ccdk_logs_log_group_new(stack, "ProbeLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_lambda_function *probe = ccdk_lambda_function_new(stack, "UptimeProbe", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.probe",
        .code = code,
        .timeout = ccdk_duration_seconds(20),
        .environment = CCDK_KVS({"TARGET_URL", "https://status.example.com/health"}),
        .log_group = probe_logs,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_WARN,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_INFO,
    });
    ccdk_events_rule *every5 = ccdk_events_rule_new(stack, "EveryFiveMinutes", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(5)),
    });
    ccdk_events_rule_add_target(every5, ccdk_events_targets_lambda_function(probe, &(ccdk_events_lambda_function_target_props){
        .retry_attempts = CCDK_NUM(0),
    }));

    /* alarms */
    ccdk_cloudwatch_alarm *report_errors = ccdk_cloudwatch_alarm_new(stack, "ReportErrors", &(ccdk_cloudwatch_alarm_props){
        .alarm_description = "the daily report failed",
        .metric = ccdk_lambda_function_metric_errors(report, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_hours(1), .statistic = "Sum"}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    });
    ccdk_cloudwatch_alarm_add_alarm_action(report_errors, notify);

    ccdk_cloudwatch_alarm *report_slow = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_duration(report, &(ccdk_cloudwatch_metric_options){.statistic = "Maximum"}),
        stack, "ReportSlow", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(ccdk_duration_to_milliseconds(ccdk_duration_minutes(4))),
            .evaluation_periods = CCDK_NUM(1),
            .comparison_operator = CCDK_CW_GREATER_THAN_THRESHOLD,
        });
    ccdk_cloudwatch_alarm_add_alarm_action(report_slow, notify);

    ccdk_cloudwatch_alarm *probe_failures = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(probe, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(5)}),
        stack, "ProbeFailures", &(ccdk_cloudwatch_create_alarm_options){
            .alarm_name = "uptime-probe-failures",
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(3),
            .datapoints_to_alarm = CCDK_NUM(2),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_BREACHING,
        });
    ccdk_cloudwatch_alarm_add_alarm_action(probe_failures, notify);
    ccdk_cloudwatch_alarm_add_ok_action(probe_failures, notify);

    ccdk_cloudwatch_alarm_add_alarm_action(ccdk_cloudwatch_alarm_new(stack, "ProbeLatency", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_duration(probe, &(ccdk_cloudwatch_metric_options){
            .statistic = "p99", .period = ccdk_duration_minutes(15)}),
        .threshold = CCDK_NUM(5000),
        .evaluation_periods = CCDK_NUM(2),
    }), notify);

    ccdk_cloudwatch_alarm *throttles = ccdk_cloudwatch_alarm_new(stack, "ProbeThrottles", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_throttles(probe, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(10)}),
        .threshold = CCDK_NUM(0),
        .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_GREATER_THAN_THRESHOLD,
        .actions_enabled = CCDK_TRUE,
    });
    ccdk_cloudwatch_alarm_add_alarm_action(throttles, notify);
    ccdk_cloudwatch_alarm_add_insufficient_data_action(throttles, notify);

    ccdk_cloudwatch_alarm_add_alarm_action(ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_invocations(report, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_days(1)}),
        stack, "ReportDidNotRun", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(1),
            .comparison_operator = CCDK_CW_LESS_THAN_THRESHOLD,
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_BREACHING,
        }), notify);

    ccdk_cfn_output_new(stack, "ProbeFailuresAlarm", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_arn(probe_failures)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
