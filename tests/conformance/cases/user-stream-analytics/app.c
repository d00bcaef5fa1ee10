/* Conformance case 'user-stream-analytics': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *shared = ccdk_stack_new(app, "AnalyticsShared", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(shared, "DataKey", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE, .alias = "alias/analytics-data"});
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(shared, "Enrichment", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(shared, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "record enrichment helpers",
    });
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(shared, "Bus", &(ccdk_events_event_bus_props){
        .event_bus_name = "analytics"});
    ccdk_ssm_string_parameter *threshold = ccdk_ssm_string_parameter_new(shared, "Threshold", &(ccdk_ssm_string_parameter_props){
        .parameter_name = "/analytics/threshold", .string_value = "42"});

    ccdk_stack *processing = ccdk_stack_new(app, "AnalyticsProcessing", NULL);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(processing, "Clicks", &(ccdk_kinesis_stream_props){
        .shard_count = CCDK_NUM(2),
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS,
        .encryption_key = key,
        .retention_period = ccdk_duration_hours(48),
    });
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(processing, "Failures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14)});

    ccdk_lambda_function *fn = ccdk_lambda_function_new(processing, "Aggregator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "app.handler",
        .code = ccdk_lambda_code_from_inline(processing,
                                             "def handler(event, context):\n    return len(event.get(\"Records\", []))\n"),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_minutes(2),
        .layers = CCDK_LIST(layer),
        .environment = CCDK_KVS({"THRESHOLD_PARAM", ccdk_ssm_string_parameter_name(threshold)},
                                {"BUS_NAME", ccdk_events_event_bus_name(bus)}),
        .environment_encryption = key,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .description = "aggregates click records",
    });
    ccdk_ssm_string_parameter_grant_read(threshold, fn);
    ccdk_events_event_bus_grant_put_events_to(bus, fn);

    ccdk_value *data = ccdk_v_set(ccdk_v_object(processing), "kind", ccdk_lambda_filter_rule_is_equal(processing, "click"));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(500),
        .max_batching_window = ccdk_duration_seconds(10),
        .parallelization_factor = CCDK_NUM(2),
        .retry_attempts = CCDK_NUM(3),
        .bisect_batch_on_error = CCDK_TRUE,
        .report_batch_item_failures = CCDK_TRUE,
        .tumbling_window = ccdk_duration_seconds(60),
        .on_failure = ccdk_lambda_sqs_dlq(failures),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(processing, ccdk_v_set(ccdk_v_object(processing), "data", data))),
    }));

    ccdk_lambda_alias *live = ccdk_lambda_alias_new(processing, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(fn),
        .provisioned_concurrent_executions = CCDK_NUM(2),
    });
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(20)});
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.7)});

    ccdk_events_rule_new(processing, "OnThresholdChange", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = ccdk_v_json(processing, "{\"source\":[\"analytics.config\"],\"detailType\":[\"ThresholdChanged\"]}"),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(live, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2), .max_event_age = ccdk_duration_hours(1)})),
    });

    ccdk_cloudwatch_alarm_new(processing, "Throttled", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_throttles(live, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(3),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    });

    ccdk_cfn_output_new(processing, "AliasArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_ifunction_arn(live)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
