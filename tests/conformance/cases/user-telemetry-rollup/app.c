/* Conformance case 'user-telemetry-rollup': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>

typedef struct {
    ccdk_kinesis_stream *readings;
    ccdk_dynamodb_table *rollups;
} telemetry_data;

static telemetry_data telemetry_data_stack(ccdk_app *app)
{
    ccdk_stack *stack = ccdk_stack_new(app, "TelemetryData", &(ccdk_stack_props){.termination_protection = CCDK_TRUE});
    telemetry_data d;
    d.readings = ccdk_kinesis_stream_new(stack, "DeviceReadings", &(ccdk_kinesis_stream_props){
        .shard_count = CCDK_NUM(4),
        .retention_period = ccdk_duration_hours(48),
        .encryption = CCDK_KINESIS_ENCRYPTION_MANAGED,
    });
    ccdk_kinesis_stream_add_to_resource_policy(d.readings, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .sid = "AnalyticsAccountRead",
        .principals = CCDK_LIST(ccdk_iam_account_principal(stack, "444455556666")),
        .actions = CCDK_STRS("kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards"),
        .resources = CCDK_STRS(ccdk_kinesis_stream_arn(d.readings)),
    }));

    d.rollups = ccdk_dynamodb_table_new(stack, "Rollups", &(ccdk_dynamodb_table_props){
        .partition_key = {"deviceId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"windowStart", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PROVISIONED,
        .read_capacity = CCDK_NUM(5),
        .write_capacity = CCDK_NUM(10),
        .time_to_live_attribute = "expiresAt",
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE},
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_dynamodb_scalable_attribute_scale_on_utilization(
        ccdk_dynamodb_table_auto_scale_write_capacity(d.rollups, &(ccdk_dynamodb_enable_scaling_props){
            .min_capacity = CCDK_NUM(10), .max_capacity = CCDK_NUM(200)}),
        &(ccdk_dynamodb_utilization_scaling_props){.target_utilization_percent = CCDK_NUM(70)});
    ccdk_dynamodb_scalable_attribute_scale_on_utilization(
        ccdk_dynamodb_table_auto_scale_read_capacity(d.rollups, &(ccdk_dynamodb_enable_scaling_props){
            .min_capacity = CCDK_NUM(5), .max_capacity = CCDK_NUM(50)}),
        &(ccdk_dynamodb_utilization_scaling_props){
            .target_utilization_percent = CCDK_NUM(60), .scale_in_cooldown = ccdk_duration_minutes(5)});

    ccdk_dynamodb_table_add_global_secondary_index(d.rollups, &(ccdk_dynamodb_global_secondary_index_props){
        .index_name = "byRegion",
        .partition_key = {"region", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"windowStart", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY,
        .read_capacity = CCDK_NUM(5),
        .write_capacity = CCDK_NUM(5),
    });
    ccdk_dynamodb_scalable_attribute_scale_on_utilization(
        ccdk_dynamodb_table_auto_scale_global_secondary_index_write_capacity(d.rollups, "byRegion",
            &(ccdk_dynamodb_enable_scaling_props){.min_capacity = CCDK_NUM(5), .max_capacity = CCDK_NUM(50)}),
        &(ccdk_dynamodb_utilization_scaling_props){.target_utilization_percent = CCDK_NUM(75)});

    ccdk_cfn_output_new(stack, "ReadingsStreamArn", &(ccdk_cfn_output_props){
        .value = ccdk_kinesis_stream_arn(d.readings), .export_name = "TelemetryReadingsStreamArn"});
    return d;
}

static void telemetry_compute_stack(ccdk_app *app, telemetry_data d)
{
    ccdk_stack *stack = ccdk_stack_new(app, "TelemetryCompute", NULL);

    ccdk_logs_log_group *rollup_logs = ccdk_logs_log_group_new(stack, "RollupLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_sqs_queue *failed_batches = ccdk_sqs_queue_new(stack, "FailedBatches", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(7),
    });

    ccdk_lambda_function *rollup = ccdk_lambda_function_new(stack, "Rollup", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "rollup.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"state\": event.get(\"state\", {})}\n"),
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(60),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(d.rollups)}, {"WINDOW_SECONDS", "60"}),
        .log_group = rollup_logs,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
    });
    ccdk_value *data = ccdk_v_object(stack);
    ccdk_v_set(data, "kind", ccdk_lambda_filter_rule_is_equal(stack, "reading"));
    ccdk_v_set(data, "temperature", ccdk_lambda_filter_rule_between(stack, -40, 85));
    ccdk_value *pattern = ccdk_v_set(ccdk_v_object(stack), "data", data);
    ccdk_lambda_function_add_event_source(rollup, ccdk_lambda_kinesis_event_source(d.readings, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(500),
        .max_batching_window = ccdk_duration_seconds(10),
        .tumbling_window = ccdk_duration_seconds(60),
        .parallelization_factor = CCDK_NUM(4),
        .bisect_batch_on_error = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(3),
        .max_record_age = ccdk_duration_hours(1),
        .report_batch_item_failures = CCDK_TRUE,
        .on_failure = ccdk_lambda_sqs_dlq(failed_batches),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, pattern)),
    }));
    ccdk_dynamodb_table_grant_read_write_data(d.rollups, rollup);

    ccdk_lambda_function *compactor = ccdk_lambda_function_new(stack, "Compactor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "compact.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"mode\": event[\"mode\"]}\n"),
        .timeout = ccdk_duration_minutes(10),
        .memory_size = CCDK_NUM(1024),
        .reserved_concurrent_executions = CCDK_NUM(1),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(d.rollups)}),
    });
    ccdk_dynamodb_table_grant_read_write_data(d.rollups, compactor);
    ccdk_value *input = ccdk_v_object(stack);
    ccdk_v_set(input, "mode", ccdk_v_string(stack, "compact"));
    ccdk_v_set(input, "table", ccdk_v_string(stack, ccdk_dynamodb_table_name(d.rollups)));
    ccdk_events_rule_new(stack, "CompactEverySixHours", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "15", .hour = "*/6"}),
        .description = "Compacts telemetry rollups",
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(compactor, &(ccdk_events_lambda_function_target_props){
            .event_object = input,
            .retry_attempts = CCDK_NUM(2),
            .max_event_age = ccdk_duration_hours(2),
        })),
    });

    ccdk_lambda_function *notifier = ccdk_lambda_function_new(stack, "AnomalyNotifier", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ ok: true });"),
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"CHANNEL", "#telemetry-alerts"}),
    });
    ccdk_logs_log_group_add_subscription_filter(rollup_logs, "Anomalies", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_destinations_lambda_destination(notifier, NULL),
        .filter_pattern = ccdk_logs_filter_pattern_any_term(stack, CCDK_STRS("ANOMALY", "OUT_OF_RANGE")),
    });

    ccdk_logs_metric_filter *anomalies = ccdk_logs_log_group_add_metric_filter(rollup_logs, "AnomalyCount", &(ccdk_logs_metric_filter_props){
        .filter_pattern = ccdk_logs_filter_pattern_string_value(stack, "$.level", "=", "ANOMALY"),
        .metric_namespace = "Telemetry",
        .metric_name = "Anomalies",
        .metric_value = "1",
        .default_value = CCDK_NUM(0),
    });
    ccdk_cloudwatch_alarm_new(stack, "AnomalySpike", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_logs_metric_filter_metric(anomalies, &(ccdk_cloudwatch_metric_options){
            .statistic = CCDK_CW_STATS_SUM, .period = ccdk_duration_minutes(5)}),
        .threshold = CCDK_NUM(50),
        .evaluation_periods = CCDK_NUM(1),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    });
    ccdk_cloudwatch_alarm_new(stack, "StreamBacklog", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(d.readings, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(300000),
        .evaluation_periods = CCDK_NUM(3),
    });
    ccdk_cloudwatch_alarm_new(stack, "RollupIteratorAge", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric(rollup, "IteratorAge", &(ccdk_cloudwatch_metric_options){
            .statistic = CCDK_CW_STATS_MAXIMUM, .period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(120000),
        .evaluation_periods = CCDK_NUM(5),
        .alarm_description = "Rollups are falling behind the stream",
    });
    ccdk_cloudwatch_alarm_new(stack, "WriteThrottles", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_dynamodb_table_metric_throttled_requests_for_operations(d.rollups, &(ccdk_dynamodb_operations_metric_options){
            .operations = CCDK_STRS("PutItem", "UpdateItem")}),
        .threshold = CCDK_NUM(10),
        .evaluation_periods = CCDK_NUM(3),
    });
}

/* Another team's stack, as if in its own repository: it finds the stream by its export name. */
static ccdk_stack *telemetry_analytics_stack(ccdk_app *app)
{
    ccdk_stack *stack = ccdk_stack_new(app, "TelemetryAnalytics", NULL);
    ccdk_kinesis_stream *readings = ccdk_kinesis_stream_from_stream_arn(stack, "Readings",
                                                                        ccdk_fn_import_value(stack, "TelemetryReadingsStreamArn"));
    ccdk_lambda_function *sampler = ccdk_lambda_function_new(stack, "Sampler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "sample.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_seconds(30),
        .ephemeral_storage_size = ccdk_size_mebibytes(1024),
    });
    ccdk_lambda_function_add_event_source(sampler, ccdk_lambda_kinesis_event_source(readings, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(100),
        .enabled = CCDK_FALSE,
    }));
    ccdk_lambda_function *notifier = ccdk_lambda_function_from_function_name(stack, "Notifier", "telemetry-anomaly-notifier");
    ccdk_lambda_function_grant_invoke(notifier, ccdk_lambda_function_grant_principal(sampler));
    return stack;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    telemetry_data d = telemetry_data_stack(app);
    telemetry_compute_stack(app, d);
    ccdk_stack *analytics = telemetry_analytics_stack(app);
    ccdk_stack_add_dependency(analytics, ccdk_stack_of(d.rollups));
    ccdk_tags_add(app, "team", "iot-platform");
    ccdk_aspects_add_tag(app, "cost-center", "iot-42", &(ccdk_tag_props){
        .exclude_resource_types = CCDK_STRS("AWS::Logs::LogGroup")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
