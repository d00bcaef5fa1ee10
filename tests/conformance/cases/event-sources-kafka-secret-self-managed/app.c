/* SelfManagedKafkaEventSource reached over the internet with a secret: the mapping (its id an MD5 of
 * the bootstrap servers), SelfManagedEventSource, SASL_SCRAM_512_AUTH, the secret's grantRead; with
 * filters, a filter encryption key, a consumer group, an S3 on-failure destination, AT_TIMESTAMP, a
 * keyed secret, and token bootstrap servers. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .secret_name = "AmazonMSK_KafkaSecret"});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
        .topic = "some-topic",
        .secret = secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
    }));
    ccdk_kms_key *filter_key = ccdk_kms_key_from_key_arn(stack, "SourceBucketEncryptionKey", "arn:aws:kms:us-east-1:123456789012:key/<key-id>");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
        .topic = "filtered-topic",
        .secret = secret,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .filters = CCDK_LIST(
            ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_set(ccdk_v_object(stack),
                "orFilter", ccdk_lambda_filter_rule_or(stack, CCDK_STRS("one", "two"))),
                "stringEquals", ccdk_lambda_filter_rule_is_equal(stack, "test"))),
            ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack),
                "numericEquals", ccdk_lambda_filter_rule_is_equal_number(stack, 1)))),
        .filter_encryption = filter_key,
        .consumer_group_id = "my-consumer-group-id",
    }));
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "Fn2", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 2;"),
    });
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_secretsmanager_secret *keyed = ccdk_secretsmanager_secret_new(stack, "KeyedSecret", &(ccdk_secretsmanager_secret_props){
        .encryption_key = key});
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("b-1.example.com:9096", "b-2.example.com:9096"),
        .topic = "orders",
        .secret = keyed,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_BASIC_AUTH,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
        .starting_position_timestamp = CCDK_NUM(1640995200),
        .on_failure = ccdk_lambda_s3_on_failure_destination(ccdk_s3_bucket_from_bucket_name(stack, "BucketByName", "my-bucket")),
        .batch_size = CCDK_NUM(10),
        .max_batching_window = ccdk_duration_seconds(5),
        .enabled = CCDK_FALSE,
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)},
        .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
        .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_WARN,
    }));
    /* bootstrap servers known at deploy time: the id hashes their resolved JSON */
    ccdk_cfn_parameter *broker = ccdk_cfn_parameter_new(stack, "Broker", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS(ccdk_cfn_parameter_value_as_string(broker),
                                       ccdk_fmt(stack, "%s.example.com:9092", ccdk_aws_stack_name(stack))),
        .topic = "audit",
        .secret = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "ByName", "shared-kafka"),
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_256_AUTH,
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
