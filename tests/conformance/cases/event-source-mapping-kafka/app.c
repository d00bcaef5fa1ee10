/* EventSourceMapping's Kafka props (bootstrap servers, consumer group, source access
 * configurations), logLevel, fromEventSourceMappingId, FilterRule.isEqual(boolean). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    /* a self-managed cluster: SelfManagedEventSource and SelfManagedKafkaEventSourceConfig */
    ccdk_lambda_event_source_mapping_new(stack, "SelfManaged", &(ccdk_lambda_event_source_mapping_props){
        .target = fn,
        .options = {
            .kafka_bootstrap_servers = CCDK_STRS("kafka-broker-1:9092", "kafka-broker-2:9092"),
            .kafka_topic = "orders",
            .kafka_consumer_group_id = "my-group/a*b:c_d+e=f.g@h-i",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .source_access_configurations = CCDK_LIST_OF(ccdk_lambda_source_access_configuration,
                {CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_SASL_SCRAM_512_AUTH, "arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka"},
                {CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_VPC_SECURITY_GROUP, "sg-12345"},
                {CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_OF("CUSTOM_TYPE"), ccdk_sqs_queue_arn(queue)}),
            .support_s3_on_failure_destination = CCDK_TRUE,
            .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_DEBUG,
            .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS)},
        },
    });
    /* an MSK cluster: AmazonManagedKafkaEventSourceConfig */
    ccdk_value *value = ccdk_v_object(stack);
    ccdk_v_set(value, "on", ccdk_lambda_filter_rule_is_equal_bool(stack, CCDK_TRUE));
    ccdk_v_set(value, "off", ccdk_lambda_filter_rule_is_equal_bool(stack, CCDK_FALSE));
    ccdk_lambda_function_add_event_source_mapping(fn, "Managed", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/abc",
        .kafka_topic = "events",
        .kafka_consumer_group_id = "group-1",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .source_access_configurations = CCDK_EMPTY_LIST,
        .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_WARN,
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "value", value))),
    });
    /* an empty consumer group is falsy: no Kafka config at all */
    ccdk_lambda_function_add_event_source_mapping(fn, "EmptyGroup", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/other/def",
        .kafka_topic = "other",
        .kafka_consumer_group_id = "",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_INFO,
    });
    ccdk_lambda_event_source_mapping *imported = ccdk_lambda_event_source_mapping_from_event_source_mapping_id(
        stack, "Imported", "14e0db71-abcd-4eb5-b481-8945cf9d10c2");
    ccdk_cfn_output_new(stack, "ImportedId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id(imported)});
    ccdk_cfn_output_new(stack, "ImportedArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn(imported)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
