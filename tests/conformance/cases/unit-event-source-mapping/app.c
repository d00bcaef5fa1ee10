/* aws-cdk's event-source-mapping.test.ts (aws-lambda), each test that synthesizes, as its own
 * stack (the tests' `new cdk.Stack()`, here named); see app.js. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>

static ccdk_app *app;
static const char *const MSK =
    "arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2";

/* the tests' beforeEach: a stack with the function 'fn' */
typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
} given_t;

static given_t given(const char *name)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = ${handler.toString()}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    return (given_t){stack, fn};
}

static const char *topic_param(ccdk_stack *stack)
{
    return ccdk_cfn_parameter_value_as_string(
        ccdk_cfn_parameter_new(stack, "TopicNameParam", &(ccdk_cfn_parameter_props){.type = "String"}));
}

static void mapping(given_t g, ccdk_lambda_event_source_mapping_options options)
{
    ccdk_lambda_event_source_mapping_new(g.stack, "test",
                                         &(ccdk_lambda_event_source_mapping_props){.target = g.fn, .options = options});
}

static ccdk_value *produce_number(void *ctx) { return ccdk_v_number(app, *(const double *)ctx); }
static const char *produce_test(void *ctx) { (void)ctx; return "test"; }

static ccdk_opt_num lazy_number(ccdk_stack *stack, const double *n)
{
    return CCDK_NUM_TOKEN(ccdk_token_as_string(ccdk_lazy_value(stack, produce_number, (void *)n)));
}

static ccdk_value *numeric_equals_1(ccdk_stack *stack)
{
    return ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "numericEquals",
                                                                ccdk_lambda_filter_rule_is_equal_number(stack, 1)));
}

static ccdk_value *or_and_string_equals(ccdk_stack *stack)
{
    ccdk_value *p = ccdk_v_object(stack);
    ccdk_v_set(p, "orFilter", ccdk_lambda_filter_rule_or(stack, CCDK_STRS("one", "two")));
    ccdk_v_set(p, "stringEquals", ccdk_lambda_filter_rule_is_equal(stack, "test"));
    return ccdk_lambda_filter_criteria_filter(stack, p);
}

int main(void)
{
    app = ccdk_app_new(NULL);
    static const double hundred = 100, twenty = 20, sixty = 60;
    {
        given_t g = given("StableIds");
        ccdk_lambda_alias *alias = ccdk_lambda_alias_new(g.stack, "LiveAlias", &(ccdk_lambda_alias_props){
            .alias_name = "Live", .version = ccdk_lambda_function_current_version(g.fn)});
        ccdk_lambda_function_add_event_source_mapping(alias, "MyMapping",
                                                      &(ccdk_lambda_event_source_mapping_options){.event_source_arn = "asfd"});
    }
    {
        given_t g = given("MaxConcurrencyToken");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "", .max_concurrency = CCDK_NUM_TOKEN(ccdk_fn_ref(g.stack, "abc"))});
    }
    {
        given_t g = given("MaxConcurrencyInStack");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = "", .max_concurrency = CCDK_NUM(2)});
    }
    {
        given_t g = given("RetryAttemptsInfinite");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = "", .retry_attempts = CCDK_NUM(-1)});
    }
    {
        given_t g = given("RetryAttemptsToken");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "", .retry_attempts = lazy_number(g.stack, &hundred)});
    }
    {
        given_t g = given("ParallelizationFactorToken");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "", .parallelization_factor = lazy_number(g.stack, &twenty)});
    }
    {
        given_t g = given("TumblingWindowToken");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "",
            .tumbling_window = ccdk_duration_seconds_token(lazy_number(g.stack, &sixty).token)});
    }
    {
        ccdk_stack *stack2 = ccdk_stack_new(app, "ImportEventSourceMapping", &(ccdk_stack_props){.stack_name = "test-stack"});
        ccdk_lambda_event_source_mapping *imported = ccdk_lambda_event_source_mapping_from_event_source_mapping_id(
            stack2, "imported", "14e0db71-5d35-4eb5-b481-8945cf9d10c2");
        ccdk_cfn_output_new(stack2, "Id", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id(imported)});
        ccdk_cfn_output_new(stack2, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn(imported)});
        ccdk_cfn_output_new(stack2, "StackName", &(ccdk_cfn_output_props){.value = ccdk_stack_name(stack2)});
    }
    {
        given_t g = given("KafkaTopicParameter");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = "", .kafka_topic = topic_param(g.stack)});
    }
    {
        given_t g = given("ConsumerGroupIdEmpty");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = MSK, .kafka_consumer_group_id = ""});
    }
    {
        given_t g = given("ConsumerGroupIdToken");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = MSK, .kafka_consumer_group_id = ccdk_lazy_string(g.stack, produce_test, NULL)});
    }
    {
        given_t g = given("ConsumerGroupIdManagedKafka");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = MSK, .kafka_consumer_group_id = "someValidConsumerGroupId"});
    }
    {
        given_t g = given("ConsumerGroupIdSelfManagedKafka");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .kafka_bootstrap_servers = CCDK_STRS("kafka-broker-1:9092", "kafka-broker-2:9092"),
            .kafka_consumer_group_id = "someValidConsumerGroupId"});
    }
    {
        given_t g = given("EventSourceArnInStack");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = "some-arn", .kafka_topic = topic_param(g.stack)});
    }
    {
        given_t g = given("FilterOnePattern");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "some-arn", .kafka_topic = topic_param(g.stack),
            .filters = CCDK_LIST(numeric_equals_1(g.stack))});
    }
    {
        given_t g = given("FilterTwoPatterns");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "some-arn", .kafka_topic = topic_param(g.stack),
            .filters = CCDK_LIST(or_and_string_equals(g.stack), numeric_equals_1(g.stack))});
    }
    {
        given_t g = given("FilterEncryption");
        const char *param = topic_param(g.stack);
        ccdk_kms_key *my_key = ccdk_kms_key_from_key_arn(g.stack, "SourceBucketEncryptionKey",
                                                         "arn:aws:kms:us-east-1:123456789012:key/<key-id>");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "some-arn", .kafka_topic = param,
            .filters = CCDK_LIST(or_and_string_equals(g.stack), numeric_equals_1(g.stack)), .filter_encryption = my_key});
    }
    {
        given_t g = given("KafkaBootstrapServers");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .kafka_bootstrap_servers = CCDK_STRS("kafka-broker.example.com:9092"), .kafka_topic = topic_param(g.stack)});
    }
    {
        given_t g = given("ReportBatchItemFailures");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = "", .report_batch_item_failures = CCDK_TRUE});
    }
    {
        given_t g = given("ReportBatchItemFailuresMissing");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = ""});
    }
    {
        given_t g = given("ReportBatchItemFailuresFalse");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = "", .report_batch_item_failures = CCDK_FALSE});
    }
#define AT_TIMESTAMP .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP, .starting_position_timestamp = CCDK_NUM(1640995200)
    {
        given_t g = given("AtTimestamp");
        mapping(g, (ccdk_lambda_event_source_mapping_options){.event_source_arn = "", AT_TIMESTAMP});
    }
    {
        given_t g = given("MetricsConfigEmpty");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "", AT_TIMESTAMP, .metrics_config = {.metrics = CCDK_EMPTY_LIST}});
    }
    {
        given_t g = given("MetricsConfigEventCount");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "", AT_TIMESTAMP, .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)}});
    }
    {
        given_t g = given("ProvisionedPollers");
        mapping(g, (ccdk_lambda_event_source_mapping_options){
            .event_source_arn = "", AT_TIMESTAMP,
            .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                .minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)}});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
