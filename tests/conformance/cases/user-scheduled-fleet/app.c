/* Conformance case 'user-scheduled-fleet': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>
#include <stdio.h>

typedef struct {
    const char *id;
    const ccdk_lambda_runtime *runtime;
    const ccdk_lambda_architecture *architecture;
    ccdk_events_schedule *schedule;
    ccdk_logs_retention_days retention;
    ccdk_removal_policy removal;
    const ccdk_lambda_insights_version *insights;
    const ccdk_lambda_adot_instrumentation_config *adot;
    int disabled;
    int memory; /* 0: not given */
} job;

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "JobFleet", &(ccdk_stack_props){
        .account = "210987654321",
        .region = "ap-southeast-2",
        .tags = CCDK_KVS({"team", "platform"}),
    });
    ccdk_tags_add_with(stack, "cost-center", "ops-42", &(ccdk_tag_props){.exclude_resource_types = CCDK_STRS("AWS::Logs::LogGroup")});

    ccdk_sns_topic *alerts = ccdk_sns_topic_from_topic_arn(stack, "PlatformAlerts", ccdk_fn_import_value(stack, "platform-alerts-topic-arn"));
    ccdk_sqs_queue *target_dlq = ccdk_sqs_queue_new(stack, "ScheduleDlq", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_days(7)});

    const job jobs[] = {
        {
            .id = "ReportBuilder",
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64,
            .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "30", .hour = "2"}),
            .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
            .removal = CCDK_REMOVAL_POLICY_RETAIN,
            .insights = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_333_0),
            .adot = &(ccdk_lambda_adot_instrumentation_config){
                .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, NULL},
                .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
            },
            .memory = 2048,
        },
        {
            .id = "CacheWarmer",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
            .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(15)),
            .retention = CCDK_LOGS_RETENTION_ONE_DAY,
            .removal = CCDK_REMOVAL_POLICY_DESTROY,
            .insights = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_229_0),
            .adot = &(ccdk_lambda_adot_instrumentation_config){
                .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVASCRIPT_SDK, NULL},
                .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
            },
        },
        {
            .id = "Archiver",
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
            .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = "4", .week_day = "SUN"}),
            .retention = CCDK_LOGS_RETENTION_INFINITE,
            .removal = CCDK_REMOVAL_POLICY_RETAIN,
            .disabled = 1,
            .memory = 256,
        },
    };

    ccdk_cloudwatch_metric *timeouts[3];
    for (int i = 0; i < 3; i++) {
        const job *j = &jobs[i];
        char id[64], text[64];
        snprintf(id, sizeof id, "%sLogs", j->id);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, id, &(ccdk_logs_log_group_props){
            .retention = j->retention,
            .removal_policy = j->removal,
        });
        int python = j->runtime->family == CCDK_LAMBDA_FAMILY_PYTHON;
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, j->id, &(ccdk_lambda_function_props){
            .runtime = j->runtime,
            .architecture = j->architecture,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, python ? "def handler(event, context):\n    print(event)\n"
                                                               : "exports.handler = async (e) => console.log(e);"),
            .memory_size = j->memory ? CCDK_NUM(j->memory) : (ccdk_opt_num){0},
            .timeout = ccdk_duration_minutes(5),
            .log_group = log_group,
            .insights_version = j->insights,
            .adot_instrumentation = j->adot,
            .tracing = j->adot ? CCDK_LAMBDA_TRACING_ACTIVE : CCDK_LAMBDA_TRACING_UNSET,
            .environment = CCDK_KVS({"JOB_NAME", j->id}),
        });
        ccdk_lambda_function_configure_async_invoke(fn, &(ccdk_lambda_event_invoke_config_options){
            .on_failure = ccdk_lambda_destinations_sns_destination(alerts),
            .retry_attempts = CCDK_NUM(1),
            .max_event_age = ccdk_duration_hours(1),
        });
        ccdk_value *input = ccdk_v_object(stack);
        ccdk_v_set(input, "job", ccdk_v_string(stack, j->id));
        ccdk_v_set(input, "scheduledAt", ccdk_v_string(stack, ccdk_events_event_field_time(stack)));
        snprintf(id, sizeof id, "%sSchedule", j->id);
        snprintf(text, sizeof text, "runs %s", j->id);
        ccdk_events_rule_new(stack, id, &(ccdk_events_rule_props){
            .schedule = j->schedule,
            .enabled = j->disabled ? CCDK_FALSE : CCDK_TRUE,
            .description = text,
            .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
                .event = ccdk_events_rule_target_input_from_object(stack, input),
                .retry_attempts = CCDK_NUM(2),
                .max_event_age = ccdk_duration_hours(2),
                .dead_letter_queue = target_dlq,
            })),
        });
        snprintf(text, sizeof text, "%sTimeouts", j->id);
        ccdk_logs_metric_filter *filter = ccdk_logs_log_group_add_metric_filter(log_group, "Timeouts", &(ccdk_logs_metric_filter_props){
            .filter_pattern = ccdk_logs_filter_pattern_any_term(stack, CCDK_STRS("Task timed out", "Runtime.ExitError")),
            .metric_namespace = "JobFleet",
            .metric_name = text,
            .metric_value = "1",
            .default_value = CCDK_NUM(0),
        });
        timeouts[i] = ccdk_logs_metric_filter_metric(filter, &(ccdk_cloudwatch_metric_options){
            .statistic = "Sum",
            .period = ccdk_duration_hours(1),
        });
    }

    ccdk_cloudwatch_alarm_new(stack, "FleetTimeouts", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_math_expression_new(stack, &(ccdk_cloudwatch_math_expression_props){
            .expression = "SUM(METRICS())",
            .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"r", timeouts[0]}, {"c", timeouts[1]}, {"a", timeouts[2]}),
            .period = ccdk_duration_hours(1),
        }),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    });
    ccdk_cloudwatch_alarm_new(stack, "DlqNotEmpty", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_sqs_queue_metric_approximate_number_of_messages_visible(target_dlq, NULL),
        .threshold = CCDK_NUM(0),
        .comparison_operator = CCDK_CW_GREATER_THAN_THRESHOLD,
        .evaluation_periods = CCDK_NUM(1),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
