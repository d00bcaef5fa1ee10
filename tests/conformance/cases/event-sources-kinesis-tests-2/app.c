/* aws-cdk's kinesis.test.ts (aws-lambda-event-sources), its tests taken to the edges of what they
 * check, a stack per test (see app.js). */
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_app *app;

/* aws-cdk's test/test-function.ts */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

/* each test: a stack with a function 'Fn' and a stream 'S' */
typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
    ccdk_kinesis_stream *stream;
} given_t;

static given_t given(const char *name)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    return (given_t){stack, test_function(stack, "Fn"), ccdk_kinesis_stream_new(stack, "S", NULL)};
}

static void add(ccdk_lambda_function *fn, ccdk_kinesis_stream *stream, const ccdk_lambda_stream_event_source_props *props)
{
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(stream, props));
}

static ccdk_value *produce_zero(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 0);
}

static const char *number_parameter(ccdk_stack *stack, const char *id, double def)
{
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(stack, id, &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, def)});
    return ccdk_cfn_parameter_value_as_string(p);
}

#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define LATEST CCDK_LAMBDA_STARTING_POSITION_LATEST
#define PROPS(...) &(ccdk_lambda_stream_event_source_props){__VA_ARGS__}

int main(void)
{
    app = ccdk_app_new(NULL);
    {
        given_t g = given("Consumer");
        ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(g.stack, "C", &(ccdk_kinesis_stream_consumer_props){
            .stream = g.stream, .stream_consumer_name = "TheConsumer"});
        ccdk_lambda_event_source *source = ccdk_lambda_kinesis_consumer_event_source(consumer, PROPS(.starting_position = TRIM_HORIZON));
        ccdk_lambda_function_add_event_source(g.fn, source);
        ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
        ccdk_cfn_output_new(g.stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
    }
    {
        given_t g = given("Bounds");
        add(g.fn, g.stream, PROPS(.starting_position = LATEST,
                                  .batch_size = CCDK_NUM(10000),
                                  .max_batching_window = ccdk_duration_seconds(300),
                                  .tumbling_window = ccdk_duration_minutes(15),
                                  .max_record_age = ccdk_duration_days(7),
                                  .retry_attempts = CCDK_NUM(0),
                                  .parallelization_factor = CCDK_NUM(10),
                                  .bisect_batch_on_error = CCDK_FALSE,
                                  .report_batch_item_failures = CCDK_FALSE,
                                  .enabled = CCDK_TRUE));
        add(test_function(g.stack, "Fn2"), g.stream, PROPS(.starting_position = TRIM_HORIZON,
                                                          .batch_size = CCDK_NUM(1),
                                                          .max_record_age = ccdk_duration_seconds(60),
                                                          .retry_attempts = CCDK_NUM(10000),
                                                          .parallelization_factor = CCDK_NUM(1),
                                                          .bisect_batch_on_error = CCDK_TRUE,
                                                          .report_batch_item_failures = CCDK_TRUE));
    }
    {
        given_t g = given("LazyZeroBatchSize");
        const char *lazy = ccdk_token_as_string(ccdk_lazy_value(g.stack, produce_zero, g.stack));
        add(g.fn, g.stream, PROPS(.batch_size = CCDK_NUM_TOKEN(lazy), .starting_position = LATEST));
    }
    {
        given_t g = given("ParameterRetries");
        const char *retries = number_parameter(g.stack, "Retries", 3);
        const char *factor = number_parameter(g.stack, "Factor", 2);
        add(g.fn, g.stream, PROPS(.starting_position = LATEST, .retry_attempts = CCDK_NUM_TOKEN(retries),
                                  .parallelization_factor = CCDK_NUM_TOKEN(factor)));
    }
    {
        given_t g = given("FiltersEncrypted");
        ccdk_kms_key *key = ccdk_kms_key_new(g.stack, "Key", NULL);
        ccdk_value *data = ccdk_v_object(g.stack);
        ccdk_v_set(data, "kind", ccdk_lambda_filter_rule_is_equal(g.stack, "order"));
        ccdk_v_set(data, "amount", ccdk_lambda_filter_rule_between(g.stack, 1, 100));
        ccdk_value *first = ccdk_v_set(ccdk_v_object(g.stack), "data", data);
        ccdk_value *second = ccdk_v_set(ccdk_v_object(g.stack), "partitionKey", ccdk_lambda_filter_rule_begins_with(g.stack, "eu-"));
        add(g.fn, g.stream, PROPS(.starting_position = LATEST,
                                  .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(g.stack, first),
                                                       ccdk_lambda_filter_criteria_filter(g.stack, second)),
                                  .filter_encryption = key));
    }
    {
        given_t g = given("SnsOnFailure");
        ccdk_sns_topic *topic = ccdk_sns_topic_new(g.stack, "Topic", NULL);
        add(g.fn, g.stream, PROPS(.starting_position = TRIM_HORIZON, .on_failure = ccdk_lambda_sns_dlq(topic),
                                  .retry_attempts = CCDK_NUM(2)));
    }
    {
        given_t g = given("PollersDropped");
        add(g.fn, g.stream, PROPS(.starting_position = LATEST,
                                  .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                                      .minimum_pollers = CCDK_NUM(2), .maximum_pollers = CCDK_NUM(20),
                                      .poller_group_name = "group"}));
    }
    {
        given_t g = given("TwoFunctions");
        ccdk_lambda_event_source *source = ccdk_lambda_kinesis_event_source(g.stream, PROPS(.starting_position = TRIM_HORIZON));
        ccdk_lambda_function_add_event_source(g.fn, source);
        ccdk_lambda_function_add_event_source(test_function(g.stack, "Fn2"), source);
        ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
    }
    {
        given_t g = given("TimestampZero");
        add(g.fn, g.stream, PROPS(.starting_position = LATEST, .starting_position_timestamp = CCDK_NUM(0),
                                  .batch_size = CCDK_NUM(100.5)));
    }
    {
        ccdk_stack *producer = ccdk_stack_new(app, "CrossStackProducer", NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(producer, "S", NULL);
        ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(producer, "C", &(ccdk_kinesis_stream_consumer_props){
            .stream = stream, .stream_consumer_name = "c"});
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Q", NULL);
        ccdk_stack *stack = ccdk_stack_new(app, "CrossStackConsumer", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        add(fn, stream, PROPS(.starting_position = LATEST, .on_failure = ccdk_lambda_sqs_dlq(queue)));
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_consumer_event_source(consumer, PROPS(.starting_position = TRIM_HORIZON)));
    }
    {
        given_t g = given("KafkaDlqOnStream");
        add(g.fn, g.stream, PROPS(.starting_position = LATEST, .on_failure = ccdk_lambda_kafka_dlq(g.stack, "dead")));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ConsumerEverything", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "S", &(ccdk_kinesis_stream_props){
            .encryption = CCDK_KINESIS_ENCRYPTION_KMS});
        ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(stack, "C", &(ccdk_kinesis_stream_consumer_props){
            .stream = stream, .stream_consumer_name = "c"});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
        ccdk_value *data = ccdk_v_set(ccdk_v_object(stack), "n", ccdk_lambda_filter_rule_is_equal_number(stack, -1.5));
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_consumer_event_source(consumer, PROPS(
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
            .starting_position_timestamp = CCDK_NUM(1700000000.5),
            .on_failure = ccdk_lambda_s3_on_failure_destination(bucket),
            .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT)},
            .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "data", data))))));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
