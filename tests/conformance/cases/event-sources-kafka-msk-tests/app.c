/* aws-cdk's kafka.test.ts, the ManagedKafkaEventSource tests that synthesize a template and that no
 * other case ports, each as its own stack (the tests' `new cdk.Stack()`, here named). */
#include <ccdk/kms.h>
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

typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
} given_t;

static given_t given(const char *name)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    return (given_t){stack, test_function(stack, "Fn")};
}

static ccdk_lambda_event_source *add(given_t g, const ccdk_lambda_managed_kafka_event_source_props *props)
{
    ccdk_lambda_event_source *source = ccdk_lambda_managed_kafka_event_source(g.stack, props);
    ccdk_lambda_function_add_event_source(g.fn, source);
    return source;
}

static void outputs(given_t g, ccdk_lambda_event_source *source)
{
    ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
    ccdk_cfn_output_new(g.stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
}

static ccdk_value *or_filter(ccdk_stack *s)
{
    ccdk_value *pattern = ccdk_v_object(s);
    ccdk_v_set(pattern, "orFilter", ccdk_lambda_filter_rule_or(s, CCDK_STRS("one", "two")));
    ccdk_v_set(pattern, "stringEquals", ccdk_lambda_filter_rule_is_equal(s, "test"));
    return ccdk_lambda_filter_criteria_filter(s, pattern);
}

static ccdk_value *numeric_filter(ccdk_stack *s)
{
    ccdk_value *pattern = ccdk_v_set(ccdk_v_object(s), "numericEquals", ccdk_lambda_filter_rule_is_equal_number(s, 1));
    return ccdk_lambda_filter_criteria_filter(s, pattern);
}

#define CLUSTER_ARN "some-arn"
#define KAFKA_TOPIC "some-topic"
#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define PROPS(...) &(ccdk_lambda_managed_kafka_event_source_props){.cluster_arn = CLUSTER_ARN, .topic = KAFKA_TOPIC, __VA_ARGS__}

int main(void)
{
    app = ccdk_app_new(NULL);
    add(given("Default"), PROPS(.starting_position = TRIM_HORIZON));
    {
        given_t g = given("WithFilters");
        add(g, PROPS(.starting_position = TRIM_HORIZON, .filters = CCDK_LIST(or_filter(g.stack), numeric_filter(g.stack))));
    }
    {
        given_t g = given("FilterEncryption");
        ccdk_kms_key *key = ccdk_kms_key_from_key_arn(g.stack, "SourceBucketEncryptionKey",
                                                      "arn:aws:kms:us-east-1:123456789012:key/<key-id>");
        add(g, PROPS(.starting_position = TRIM_HORIZON, .filters = CCDK_LIST(or_filter(g.stack), numeric_filter(g.stack)),
                     .filter_encryption = key));
    }
    {
        given_t g = given("FilterEncryptionStackKey");
        ccdk_kms_key *key = ccdk_kms_key_new(g.stack, "fc-test-key-name", &(ccdk_kms_key_props){
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
            .pending_window = ccdk_duration_days(7),
            .description = "KMS key for test fc encryption",
        });
        add(g, PROPS(.starting_position = TRIM_HORIZON, .filters = CCDK_LIST(or_filter(g.stack), numeric_filter(g.stack)),
                     .filter_encryption = key));
    }
    {
        given_t g = given("S3OnFailure");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(g.stack, "BucketByName", "my-bucket");
        add(g, PROPS(.starting_position = TRIM_HORIZON, .on_failure = ccdk_lambda_s3_on_failure_destination(bucket)));
    }
    {
        given_t g = given("ProvisionedPollersS3");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(g.stack, "BucketByName", "my-bucket");
        add(g, PROPS(.starting_position = TRIM_HORIZON, .on_failure = ccdk_lambda_s3_on_failure_destination(bucket),
                     .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                         .minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)}));
    }
    add(given("AtTimestamp"), PROPS(.starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
                                    .starting_position_timestamp = CCDK_NUM(1640995200)));
    {
        given_t g = given("MappingIdAndArn");
        outputs(g, add(g, PROPS(.starting_position = TRIM_HORIZON)));
    }
    {
        given_t g = given("ProvisionedPollers");
        outputs(g, add(g, PROPS(.starting_position = TRIM_HORIZON,
                                .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                                    .minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)})));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
