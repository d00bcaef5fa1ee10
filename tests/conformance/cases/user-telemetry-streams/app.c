/* Conformance case 'user-telemetry-streams': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TelemetryStreams", NULL);

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "TelemetryKey", &(ccdk_kms_key_props){
        .description = "telemetry stream encryption",
        .enable_key_rotation = CCDK_TRUE,
        .alias = "telemetry",
    });
    ccdk_kinesis_stream *telemetry = ccdk_kinesis_stream_new(stack, "Telemetry", &(ccdk_kinesis_stream_props){
        .stream_mode = CCDK_KINESIS_STREAM_MODE_ON_DEMAND,
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS,
        .encryption_key = key,
        .retention_period = ccdk_duration_hours(48),
        .shard_level_metrics = CCDK_LIST_OF(ccdk_kinesis_shard_level_metric,
            CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_RECORDS, CCDK_KINESIS_SHARD_LEVEL_METRIC_ITERATOR_AGE_MILLISECONDS),
    });

    ccdk_s3_bucket *failed_records = ccdk_s3_bucket_new(stack, "FailedRecords", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_sns_topic *sync_failures = ccdk_sns_topic_new(stack, "SyncFailures", NULL);

    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "src", NULL);

    ccdk_lambda_function *aggregator = ccdk_lambda_function_new(stack, "Aggregator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "handlers.aggregate",
        .code = code,
        .timeout = ccdk_duration_minutes(1),
        .memory_size = CCDK_NUM(512),
    });
    ccdk_value *reading = ccdk_v_object(stack);
    ccdk_v_set(reading, "deviceType", ccdk_lambda_filter_rule_is_equal(stack, "thermostat"));
    ccdk_v_set(reading, "temperature", ccdk_lambda_filter_rule_between(stack, -40, 85));
    ccdk_value *thermostats = ccdk_v_object(stack);
    ccdk_v_set(thermostats, "data", reading);
    ccdk_lambda_function_add_event_source(aggregator, ccdk_lambda_kinesis_event_source(telemetry, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
        .starting_position_timestamp = CCDK_NUM(1735689600),
        .batch_size = CCDK_NUM(1000),
        .max_batching_window = ccdk_duration_seconds(10),
        .tumbling_window = ccdk_duration_minutes(5),
        .bisect_batch_on_error = CCDK_TRUE,
        .report_batch_item_failures = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(5),
        .max_record_age = ccdk_duration_hours(2),
        .on_failure = ccdk_lambda_s3_on_failure_destination(failed_records),
        .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, thermostats)),
    }));

    ccdk_kinesis_stream_consumer *dashboard_consumer = ccdk_kinesis_stream_consumer_new(stack, "DashboardConsumer", &(ccdk_kinesis_stream_consumer_props){
        .stream = telemetry,
        .stream_consumer_name = "live-dashboard",
    });
    ccdk_lambda_function *dashboard = ccdk_lambda_function_new(stack, "Dashboard", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "handlers.dashboard",
        .code = code,
    });
    ccdk_lambda_function_add_event_source(dashboard, ccdk_lambda_kinesis_consumer_event_source(dashboard_consumer, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(200),
        .parallelization_factor = CCDK_NUM(4),
        .retry_attempts = CCDK_NUM(0),
    }));

    ccdk_dynamodb_table *registry = ccdk_dynamodb_table_new(stack, "DeviceRegistry", &(ccdk_dynamodb_table_props){
        .partition_key = {"deviceId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
        .time_to_live_attribute = "expiresAt",
    });
    ccdk_lambda_function *registry_sync = ccdk_lambda_function_new(stack, "RegistrySync", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "handlers.registry_sync",
        .code = code,
        .environment = CCDK_KVS({"STREAM_NAME", ccdk_kinesis_stream_name(telemetry)}),
    });
    ccdk_value *changes = ccdk_v_object(stack);
    ccdk_v_set(changes, "eventName", ccdk_lambda_filter_rule_or(stack, CCDK_STRS("INSERT", "MODIFY")));
    ccdk_value *status_s = ccdk_v_object(stack);
    ccdk_v_set(status_s, "S", ccdk_lambda_filter_rule_not_equals(stack, "retired"));
    ccdk_value *new_image = ccdk_v_object(stack);
    ccdk_v_set(new_image, "status", status_s);
    ccdk_value *ddb = ccdk_v_object(stack);
    ccdk_v_set(ddb, "NewImage", new_image);
    ccdk_value *not_retired = ccdk_v_object(stack);
    ccdk_v_set(not_retired, "dynamodb", ddb);
    ccdk_lambda_function_add_event_source(registry_sync, ccdk_lambda_dynamo_event_source(registry, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(25),
        .report_batch_item_failures = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(10),
        .max_record_age = ccdk_duration_days(1),
        .on_failure = ccdk_lambda_sns_dlq(sync_failures),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, changes),
                             ccdk_lambda_filter_criteria_filter(stack, not_retired)),
    }));
    ccdk_kinesis_stream_grant_write(telemetry, registry_sync);

    ccdk_lambda_function *backfill = ccdk_lambda_function_new(stack, "RegistryBackfill", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "handlers.registry_sync",
        .code = code,
        .timeout = ccdk_duration_minutes(15),
    });
    ccdk_lambda_function_add_event_source(backfill, ccdk_lambda_dynamo_event_source(registry, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .enabled = CCDK_FALSE,
        .batch_size = CCDK_NUM(1000),
        .max_batching_window = ccdk_duration_minutes(1),
    }));

    ccdk_cfn_output_new(stack, "StreamName", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_name(telemetry)});
    ccdk_cfn_output_new(stack, "ConsumerArn", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_consumer_arn(dashboard_consumer)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
