/* event-sources-newer-combos: options of aws-cdk-lib 2.276.0's sources that the stored tests set
 * one at a time, together, a stack each: an SqsEventSource on a FIFO queue with a
 * provisionedPollerConfig (poller group name), metrics, filters and reportBatchItemFailures, and one
 * at the pollers' bounds (200, 2000); a KinesisConsumerEventSource from AT_TIMESTAMP with an S3
 * on-failure bucket, metrics, filters and a filter key; ManagedKafkaEventSource and
 * SelfManagedKafkaEventSource with the DEBUG and WARN log levels, KAFKA_METRICS and ERROR_COUNT
 * (sqs.test.ts, kinesis.test.ts, kafka.test.ts) */
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *test_function(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SqsFifoPollers", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, "Q", &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE});
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(q, &(ccdk_lambda_sqs_event_source_props){
            .batch_size = CCDK_NUM(10),
            .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                .minimum_pollers = CCDK_NUM(2), .maximum_pollers = CCDK_NUM(10), .poller_group_name = "sqs-group"},
            .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT,
                                                    CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT)},
            .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack,
                ccdk_v_set(ccdk_v_object(stack), "body", ccdk_v_set(ccdk_v_object(stack), "id", ccdk_lambda_filter_rule_exists(stack))))),
            .report_batch_item_failures = CCDK_TRUE,
        }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SqsPollerBounds", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL),
            &(ccdk_lambda_sqs_event_source_props){
                .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                    .minimum_pollers = CCDK_NUM(200), .maximum_pollers = CCDK_NUM(2000)},
                .batch_size = CCDK_NUM(1),
            }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ConsumerEverything", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "S", NULL);
        ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(stack, "C", &(ccdk_kinesis_stream_consumer_props){
            .stream = stream, .stream_consumer_name = "TheConsumer"});
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "FilterKey", NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_consumer_event_source(consumer, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
            .starting_position_timestamp = CCDK_NUM(1640995200),
            .on_failure = ccdk_lambda_s3_on_failure_destination(ccdk_s3_bucket_new(stack, "Failures", NULL)),
            .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
            .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack,
                ccdk_v_set(ccdk_v_object(stack), "data", ccdk_v_set(ccdk_v_object(stack), "kind", ccdk_lambda_filter_rule_is_equal(stack, "order"))))),
            .filter_encryption = key,
            .report_batch_item_failures = CCDK_TRUE,
            .bisect_batch_on_error = CCDK_TRUE,
        }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "KafkaLogLevels", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
            .cluster_arn = "some-arn",
            .topic = "some-topic",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_DEBUG,
            .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS)},
        }));
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
            .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
            .topic = "some-topic",
            .secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){.secret_name = "AmazonMSK_KafkaSecret"}),
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_WARN,
            .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT,
                                                    CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS)},
        }));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
