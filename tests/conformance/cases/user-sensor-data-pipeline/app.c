/* Conformance case 'user-sensor-data-pipeline': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "SensorPipeline", NULL);

    ccdk_kinesis_stream *readings = ccdk_kinesis_stream_new(stack, "Readings", &(ccdk_kinesis_stream_props){
        .shard_count = CCDK_NUM(3),
        .retention_period = ccdk_duration_days(7),
        .encryption = CCDK_KINESIS_ENCRYPTION_MANAGED,
    });

    ccdk_dynamodb_table *rollups = ccdk_dynamodb_table_v2_new(stack, "Rollups", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"sensorId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"windowStart", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .billing = ccdk_dynamodb_billing_on_demand_max(CCDK_NUM(500), CCDK_NUM(200)),
        .time_to_live_attribute = "expiresAt",
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE,
        },
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props, {
            .index_name = "bySite",
            .partition_key = {"siteId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .sort_key = {"windowStart", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
            .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY,
        }),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_sqs_queue *failed_batches = ccdk_sqs_queue_new(stack, "FailedBatches", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sns_topic *publish_failures = ccdk_sns_topic_new(stack, "PublishFailures", NULL);
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "functions", NULL);

    ccdk_lambda_function *aggregator = ccdk_lambda_function_new(stack, "Aggregator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "pipeline.aggregate",
        .code = code,
        .timeout = ccdk_duration_minutes(2),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(rollups)}),
    });
    ccdk_lambda_function_add_event_source(aggregator, ccdk_lambda_kinesis_event_source(readings,
        &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .batch_size = CCDK_NUM(500),
            .tumbling_window = ccdk_duration_minutes(5),
            .parallelization_factor = CCDK_NUM(2),
            .retry_attempts = CCDK_NUM(3),
            .on_failure = ccdk_lambda_sqs_dlq(failed_batches),
        }));
    ccdk_dynamodb_table_grant_write_data(rollups, aggregator);

    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "SensorBus", &(ccdk_events_event_bus_props){
        .event_bus_name = "sensor-events",
    });
    ccdk_events_event_bus_archive(bus, "ReadingArchive", &(ccdk_events_base_archive_props){
        .archive_name = "sensor-readings",
        .description = "a month of reading events for replay",
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"sensors.pipeline\"]}"),
        .retention = ccdk_duration_days(30),
    });

    ccdk_lambda_function *publisher = ccdk_lambda_function_new(stack, "Publisher", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "pipeline.publish",
        .code = code,
        .environment = CCDK_KVS({"BUS_NAME", ccdk_events_event_bus_name(bus)}),
    });
    ccdk_value *inserts = ccdk_v_object(stack);
    ccdk_v_set(inserts, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_value *level = ccdk_v_object(stack);
    ccdk_v_set(level, "S", ccdk_lambda_filter_rule_is_equal(stack, "critical"));
    ccdk_value *new_image = ccdk_v_object(stack);
    ccdk_v_set(new_image, "level", level);
    ccdk_value *ddb = ccdk_v_object(stack);
    ccdk_v_set(ddb, "NewImage", new_image);
    ccdk_v_set(inserts, "dynamodb", ddb);
    ccdk_value *modifies = ccdk_v_object(stack);
    ccdk_v_set(modifies, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "MODIFY"));
    ccdk_lambda_function_add_event_source(publisher, ccdk_lambda_dynamo_event_source(rollups,
        &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .batch_size = CCDK_NUM(50),
            .max_batching_window = ccdk_duration_seconds(2),
            .bisect_batch_on_error = CCDK_TRUE,
            .on_failure = ccdk_lambda_sns_dlq(publish_failures),
            .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, inserts),
                                 ccdk_lambda_filter_criteria_filter(stack, modifies)),
        }));
    ccdk_events_event_bus_grant_put_events_to(bus, publisher);

    ccdk_lambda_function *escalation = ccdk_lambda_function_new(stack, "Escalation", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "pipeline.escalate",
        .code = code,
    });
    ccdk_sqs_queue *escalation_dlq = ccdk_sqs_queue_new(stack, "EscalationDlq", NULL);
    ccdk_events_rule_new(stack, "CriticalReadings", &(ccdk_events_rule_props){
        .event_bus = bus,
        .description = "critical sensor readings",
        .event_pattern = ccdk_v_json(stack,
            "{\"source\": [\"sensors.pipeline\"], \"detailType\": [\"Reading\"],"
            " \"detail\": {\"level\": [\"critical\"], \"value\": [{\"numeric\": [\">=\", 90]}]}}"),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(escalation, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2),
            .max_event_age = ccdk_duration_hours(2),
            .dead_letter_queue = escalation_dlq,
        })),
    });

    ccdk_sqs_queue *audit = ccdk_sqs_queue_new(stack, "ReadingAudit", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .content_based_deduplication = CCDK_TRUE,
    });
    ccdk_value *all_pattern = ccdk_v_json(stack, "{\"source\": [\"sensors.pipeline\"]}");
    ccdk_v_set(all_pattern, "detailType", ccdk_events_match_prefix(stack, "Reading"));
    ccdk_events_rule *all_readings = ccdk_events_rule_new(stack, "AllReadings", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = all_pattern,
    });
    ccdk_events_rule_add_target(all_readings, ccdk_events_targets_sqs_queue(audit, &(ccdk_events_sqs_queue_target_props){
        .message_group_id = "readings",
        .message = ccdk_events_rule_target_input_from_event_path(stack, "$.detail"),
    }));

    ccdk_cfn_output_new(stack, "StreamName", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_name(readings)});
    ccdk_cfn_output_new(stack, "BusArn", &(ccdk_cfn_output_props){.value = ccdk_events_event_bus_arn(bus)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
