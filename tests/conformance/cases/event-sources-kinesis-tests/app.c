/* aws-cdk's kinesis.test.ts (aws-lambda-event-sources), each test that synthesizes a template as its
 * own stack (the tests' `new cdk.Stack()`, here named). */
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

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

static void add(given_t g, const ccdk_lambda_stream_event_source_props *props)
{
    ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_kinesis_event_source(g.stream, props));
}

static ccdk_value *produce_ten(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 10);
}

#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define LATEST CCDK_LAMBDA_STARTING_POSITION_LATEST

int main(void)
{
    app = ccdk_app_new(NULL);
    add(given("Complex"), &(ccdk_lambda_stream_event_source_props){.starting_position = TRIM_HORIZON});
    add(given("TumblingWindow"), &(ccdk_lambda_stream_event_source_props){
        .batch_size = CCDK_NUM(50), .starting_position = LATEST, .tumbling_window = ccdk_duration_seconds(60)});
    add(given("SpecificBatchSize"), &(ccdk_lambda_stream_event_source_props){.batch_size = CCDK_NUM(50), .starting_position = LATEST});
    {
        given_t g = given("TokenBatchSize");
        const char *lazy = ccdk_token_as_string(ccdk_lazy_value(g.stack, produce_ten, g.stack));
        add(g, &(ccdk_lambda_stream_event_source_props){.batch_size = CCDK_NUM_TOKEN(lazy), .starting_position = LATEST});
    }
    add(given("MaxBatchingWindow"), &(ccdk_lambda_stream_event_source_props){
        .max_batching_window = ccdk_duration_minutes(2), .starting_position = LATEST});
    {
        given_t g = given("MappingId");
        ccdk_lambda_event_source *source = ccdk_lambda_kinesis_event_source(g.stream,
            &(ccdk_lambda_stream_event_source_props){.starting_position = TRIM_HORIZON});
        ccdk_lambda_function_add_event_source(g.fn, source);
        ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
    }
    add(given("Disabled"), &(ccdk_lambda_stream_event_source_props){.starting_position = LATEST, .enabled = CCDK_FALSE});
    add(given("AtTimestamp"), &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP, .starting_position_timestamp = CCDK_NUM(1640995200)});
    {
        given_t g = given("MappingArn");
        ccdk_lambda_event_source *source = ccdk_lambda_kinesis_event_source(g.stream,
            &(ccdk_lambda_stream_event_source_props){.starting_position = TRIM_HORIZON});
        ccdk_lambda_function_add_event_source(g.fn, source);
        ccdk_cfn_output_new(g.stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
    }
    {
        given_t g = given("S3OnFailure");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(g.stack, "BucketByName", "my-bucket");
        ccdk_lambda_event_source_dlq *s3_on_failure_destination = ccdk_lambda_s3_on_failure_destination(bucket);
        add(g, &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
                                                        .starting_position_timestamp = CCDK_NUM(1640995200),
                                                        .on_failure = s3_on_failure_destination});
    }
    add(given("EmptyMetrics"), &(ccdk_lambda_stream_event_source_props){
        .starting_position = LATEST, .enabled = CCDK_FALSE, .metrics_config = {CCDK_EMPTY_LIST}});
    add(given("Metrics"), &(ccdk_lambda_stream_event_source_props){
        .starting_position = LATEST, .enabled = CCDK_FALSE, .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
