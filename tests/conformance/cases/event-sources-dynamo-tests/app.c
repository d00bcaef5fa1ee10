/* aws-cdk's dynamo.test.ts (aws-lambda-event-sources), each test that synthesizes a template as its
 * own stack (the tests' `new cdk.Stack()`, here named). */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
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

/* each test: a stack with a function 'Fn' and a table 'T' with a stream */
typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
    ccdk_dynamodb_table *table;
} given_t;

static given_t given(const char *name)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    ccdk_lambda_function *fn = test_function(stack, "Fn");
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    return (given_t){stack, fn, table};
}

static void add(given_t g, const ccdk_lambda_stream_event_source_props *props)
{
    ccdk_lambda_function_add_event_source(g.fn, ccdk_lambda_dynamo_event_source(g.table, props));
}

/* {eventName: isEqual('INSERT'), dynamodb: {<image>: {id: {<type>: rule}}}} */
static ccdk_value *insert_filter(ccdk_stack *s, const char *image, const char *type, ccdk_value *rule)
{
    ccdk_value *id = ccdk_v_set(ccdk_v_object(s), type, rule);
    ccdk_value *keys = ccdk_v_set(ccdk_v_object(s), "id", id);
    ccdk_value *pattern = ccdk_v_object(s);
    ccdk_v_set(pattern, "eventName", ccdk_lambda_filter_rule_is_equal(s, "INSERT"));
    ccdk_v_set(pattern, "dynamodb", ccdk_v_set(ccdk_v_object(s), image, keys));
    return ccdk_lambda_filter_criteria_filter(s, pattern);
}

#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define LATEST CCDK_LAMBDA_STARTING_POSITION_LATEST
#define PROPS(...) &(ccdk_lambda_stream_event_source_props){__VA_ARGS__}

int main(void)
{
    app = ccdk_app_new(NULL);
    add(given("Complex"), PROPS(.starting_position = TRIM_HORIZON));
    add(given("TumblingWindow"), PROPS(.batch_size = CCDK_NUM(50), .starting_position = LATEST,
                                       .tumbling_window = ccdk_duration_seconds(60)));
    add(given("SpecificBatchSize"), PROPS(.batch_size = CCDK_NUM(5000), .starting_position = LATEST));
    {
        given_t g = given("TokenBatchSize");
        ccdk_cfn_parameter *batch_size = ccdk_cfn_parameter_new(g.stack, "BatchSize", &(ccdk_cfn_parameter_props){
            .type = "Number",
            .default_value = ccdk_v_number(g.stack, 100),
            .min_value = CCDK_NUM(1),
            .max_value = CCDK_NUM(10000),
        });
        add(g, PROPS(.batch_size = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(batch_size)), .starting_position = LATEST));
    }
    {
        given_t g = given("FilterCriteria");
        add(g, PROPS(.starting_position = LATEST,
                     .filters = CCDK_LIST(insert_filter(g.stack, "Keys", "S", ccdk_lambda_filter_rule_exists(g.stack)))));
    }
    add(given("MaxBatchingWindow"), PROPS(.max_batching_window = ccdk_duration_minutes(2), .starting_position = LATEST));
    {
        given_t g = given("MappingIdAndArn");
        ccdk_lambda_event_source *source = ccdk_lambda_dynamo_event_source(g.table, PROPS(.starting_position = TRIM_HORIZON));
        ccdk_lambda_function_add_event_source(g.fn, source);
        ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
        ccdk_cfn_output_new(g.stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
    }
    add(given("RetryAttempts"), PROPS(.retry_attempts = CCDK_NUM(10), .starting_position = LATEST));
    add(given("BisectBatchOnError"), PROPS(.bisect_batch_on_error = CCDK_TRUE, .starting_position = LATEST));
    add(given("ParallelizationFactor"), PROPS(.parallelization_factor = CCDK_NUM(5), .starting_position = LATEST));
    add(given("MaxRecordAge"), PROPS(.max_record_age = ccdk_duration_seconds(100), .starting_position = LATEST));
    {
        given_t g = given("DestinationConfig");
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(g.stack, "Queue", NULL);
        add(g, PROPS(.on_failure = ccdk_lambda_sqs_dlq(queue), .starting_position = LATEST));
    }
    add(given("ReportBatchItemFailures"), PROPS(.starting_position = LATEST, .report_batch_item_failures = CCDK_TRUE));
    add(given("Disabled"), PROPS(.starting_position = LATEST, .enabled = CCDK_FALSE));
    {
        given_t g = given("S3OnFailure");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(g.stack, "BucketByName", "my-bucket");
        add(g, PROPS(.starting_position = LATEST, .on_failure = ccdk_lambda_s3_on_failure_destination(bucket)));
    }
    {
        given_t g = given("FilterOnBoolean");
        add(g, PROPS(.starting_position = LATEST,
                     .filters = CCDK_LIST(insert_filter(g.stack, "NewImage", "BOOL", ccdk_lambda_filter_rule_is_equal_bool(g.stack, CCDK_TRUE)))));
    }
    {
        given_t g = given("FilterEncryption");
        ccdk_kms_key *key = ccdk_kms_key_from_key_arn(g.stack, "SourceBucketEncryptionKey",
                                                      "arn:aws:kms:us-east-1:123456789012:key/<key-id>");
        add(g, PROPS(.starting_position = LATEST, .filter_encryption = key,
                     .filters = CCDK_LIST(insert_filter(g.stack, "Keys", "S", ccdk_lambda_filter_rule_exists(g.stack)))));
    }
    {
        given_t g = given("FilterEncryptionStackKey");
        ccdk_kms_key *key = ccdk_kms_key_new(g.stack, "fc-test-key-name", &(ccdk_kms_key_props){
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
            .pending_window = ccdk_duration_days(7),
            .description = "KMS key for test fc encryption",
        });
        add(g, PROPS(.starting_position = LATEST, .filter_encryption = key,
                     .filters = CCDK_LIST(insert_filter(g.stack, "Keys", "S", ccdk_lambda_filter_rule_exists(g.stack)))));
    }
    add(given("RetryAttemptsInfinite"), PROPS(.retry_attempts = CCDK_NUM(-1), .starting_position = LATEST));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
