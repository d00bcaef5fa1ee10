/* ManagedKafkaEventSource (an MSK cluster) without a secret: the mapping, the kafka:* statement, the
 * AWSLambdaMSKExecutionRole policy, an S3 on-failure destination. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *failures = ccdk_s3_bucket_new(stack, "Failures", NULL);
    const char *cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/11111111-1111-1111-1111-111111111111-1";
    ccdk_lambda_event_source *source = ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = cluster_arn,
        .topic = "orders",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .consumer_group_id = "orders-group",
        .on_failure = ccdk_lambda_s3_on_failure_destination(failures),
        .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS, CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
        .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_INFO,
        .max_batching_window = ccdk_duration_seconds(20),
        .bisect_batch_on_error = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(3),
        .report_batch_item_failures = CCDK_TRUE,
        .max_record_age = ccdk_duration_hours(1),
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)},
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "value",
            ccdk_v_set(ccdk_v_object(stack), "ok", ccdk_lambda_filter_rule_is_equal_bool(stack, CCDK_TRUE))))),
    });
    ccdk_lambda_function_add_event_source(fn, source);
    /* and a second function */
    /* a second source on the first function: the same managed policy ARN, written once */
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = cluster_arn,
        .topic = "returns",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
    }));
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "Other", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = cluster_arn,
        .topic = "audit",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(500),
        .enabled = CCDK_FALSE,
    }));
    ccdk_cfn_output_new(stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
    ccdk_cfn_output_new(stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
