/* Conformance case 'integ-es-kafka-observability-deploy': aws-cdk's integ.kafka-observability-deploy.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; loggingConfig (newer than aws-cdk-lib 2.276.0) written as 2.276.0's logLevel */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>

/* test-function.ts's TestFunction: Code.fromInline(`exports.handler = ${handler.toString()}`) (the text
 * of app.js's handler), runtime STANDARD_NODEJS_RUNTIME (NODEJS_18_X) */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) {\n"
                                                    "  console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "  return { event };\n"
                                                    "}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "KafkaObservabilityDeployTest", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "KafkaSecret", &(ccdk_secretsmanager_secret_props){
        .description = "Kafka authentication credentials for observability test",
        .secret_object_value = CCDK_KVS({"username", "testuser"}, {"password", "testpass"}),
    });
    ccdk_lambda_function *smk_logging_function = test_function(stack, "SMKLoggingFunction");
    ccdk_lambda_function_add_event_source(smk_logging_function, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker-1.example.com:9092", "kafka-broker-2.example.com:9092"),
        .topic = "logging-topic",
        .secret = secret,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_512_AUTH,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .consumer_group_id = "logging-consumer-group",
        .batch_size = CCDK_NUM(50),
        .max_batching_window = ccdk_duration_seconds(5),
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(5)},
        .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_DEBUG,
    }));
    ccdk_lambda_function *smk_metrics_function = test_function(stack, "SMKMetricsFunction");
    ccdk_lambda_function_add_event_source(smk_metrics_function, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker-3.example.com:9092", "kafka-broker-4.example.com:9092"),
        .topic = "metrics-topic",
        .secret = secret,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_256_AUTH,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .consumer_group_id = "metrics-consumer-group",
        .batch_size = CCDK_NUM(100),
        .max_batching_window = ccdk_duration_seconds(10),
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(2), .maximum_pollers = CCDK_NUM(8)},
        .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
    }));
    ccdk_lambda_function *smk_combined_function = test_function(stack, "SMKCombinedFunction");
    ccdk_lambda_function_add_event_source(smk_combined_function, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker-5.example.com:9092", "kafka-broker-6.example.com:9092"),
        .topic = "combined-observability-topic",
        .secret = secret,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_512_AUTH,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .consumer_group_id = "combined-consumer-group",
        .batch_size = CCDK_NUM(75),
        .max_batching_window = ccdk_duration_seconds(8),
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(3), .maximum_pollers = CCDK_NUM(12)},
        .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS)},
    }));
    ccdk_cfn_output_new(stack, "LoggingFunctionName", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_name(smk_logging_function),
        .description = "Lambda function with Kafka logging configuration",
    });
    ccdk_cfn_output_new(stack, "MetricsFunctionName", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_name(smk_metrics_function),
        .description = "Lambda function with Kafka metrics configuration",
    });
    ccdk_cfn_output_new(stack, "CombinedFunctionName", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_name(smk_combined_function),
        .description = "Lambda function with both Kafka logging and metrics configuration",
    });
    ccdk_cfn_output_new(stack, "SecretArn", &(ccdk_cfn_output_props){
        .value = ccdk_secretsmanager_secret_arn(secret),
        .description = "ARN of the Kafka authentication secret",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
