/* aws-cdk's kafka.test.ts (the newest) and kafka-dlq.test.ts, the tests that synthesize a template
 * and that the other Kafka cases do not port, each as its own stack (the tests' `new cdk.Stack()`,
 * here named); see app.js for the list. */
#include <stdio.h>

#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
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

typedef struct {
    ccdk_stack *stack;
    ccdk_lambda_function *fn;
} given_t;

static given_t given(const char *name)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    return (given_t){stack, test_function(stack, "Fn")};
}

static ccdk_secretsmanager_secret *kafka_secret(ccdk_stack *stack, const char *id, const char *secret_name)
{
    return ccdk_secretsmanager_secret_new(stack, id, &(ccdk_secretsmanager_secret_props){.secret_name = secret_name});
}
#define SECRET(stack) kafka_secret((stack), "Secret", "AmazonMSK_KafkaSecret")

static ccdk_s3_bucket *my_bucket(ccdk_stack *stack)
{
    return ccdk_s3_bucket_from_bucket_name(stack, "BucketByName", "my-bucket");
}

/* without Custom::VpcRestrictDefaultSG under the init flags (ccdk's handler code is its own) */
static ccdk_ec2_vpc *test_vpc(ccdk_stack *stack, const char *id)
{
    return ccdk_ec2_vpc_new(stack, id, &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
}

static const ccdk_ec2_subnet_selection private_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS};

static ccdk_value *string_equals(ccdk_stack *s, const char *value)
{
    return ccdk_lambda_filter_criteria_filter(s, ccdk_v_set(ccdk_v_object(s), "stringEquals", ccdk_lambda_filter_rule_is_equal(s, value)));
}

#define CLUSTER_ARN "some-arn"
#define REAL_CLUSTER_ARN "arn:aws:kafka:us-east-1:123456789012:cluster/test-cluster"
#define KAFKA_TOPIC "some-topic"
#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define LATEST CCDK_LAMBDA_STARTING_POSITION_LATEST
#define FLAG "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"
#define MSK(...) &(ccdk_lambda_managed_kafka_event_source_props){.cluster_arn = CLUSTER_ARN, .topic = KAFKA_TOPIC, \
                                                                 .starting_position = TRIM_HORIZON, __VA_ARGS__}
#define SMK(...) &(ccdk_lambda_self_managed_kafka_event_source_props){.bootstrap_servers = CCDK_STRS("kafka-broker:9092"), \
                                                                      .topic = KAFKA_TOPIC, .starting_position = TRIM_HORIZON, __VA_ARGS__}
/* the 'KafkaDlq CloudFormation Template Generation' and 'template synthesis' tests' MSK source */
#define MSK_TEST(...) &(ccdk_lambda_managed_kafka_event_source_props){.cluster_arn = REAL_CLUSTER_ARN, .topic = "test-topic", \
                                                                      .starting_position = LATEST, __VA_ARGS__}

static void msk(ccdk_lambda_function *fn, ccdk_stack *stack, const ccdk_lambda_managed_kafka_event_source_props *props)
{
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, props));
}

static void smk(ccdk_lambda_function *fn, ccdk_stack *stack, const ccdk_lambda_self_managed_kafka_event_source_props *props)
{
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_self_managed_kafka_event_source(stack, props));
}

int main(void)
{
    app = ccdk_app_new(NULL);
    /* 'msk' 'default' / 'with secret', the flag enabled and disabled */
    static const struct {
        const char *name, *flag;
        int secret;
    } flagged[] = {{"MskDefaultNewPolicies", "true", 0}, {"MskDefaultOldPolicies", "false", 0},
                   {"MskSecretNewPolicies", "true", 1}, {"MskSecretOldPolicies", "false", 1}};
    for (int i = 0; i < 4; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, flagged[i].name, NULL);
        ccdk_node_set_context(stack, FLAG, flagged[i].flag);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        msk(fn, stack, MSK(.secret = flagged[i].secret ? SECRET(stack) : NULL));
    }
    {
        given_t g = given("MskErrorHandling");
        ccdk_lambda_s3_on_failure_destination(my_bucket(g.stack));
        msk(g.fn, g.stack, MSK(.provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                                   .minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)},
                               .bisect_batch_on_error = CCDK_TRUE, .retry_attempts = CCDK_NUM(5),
                               .report_batch_item_failures = CCDK_TRUE, .max_record_age = ccdk_duration_hours(1)));
    }
    {
        given_t g = given("MskMetrics");
        msk(g.fn, g.stack, MSK(.metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)}));
    }
    {
        given_t g = given("SmkS3OnFailure");
        ccdk_s3_bucket *bucket = my_bucket(g.stack);
        smk(g.fn, g.stack, SMK(.secret = SECRET(g.stack), .on_failure = ccdk_lambda_s3_on_failure_destination(bucket)));
    }
    {
        given_t g = given("SmkConsumerGroup");
        smk(g.fn, g.stack, SMK(.secret = SECRET(g.stack), .consumer_group_id = "my-consumer-group-id"));
    }
    {
        given_t g = given("MskConsumerGroup");
        ccdk_lambda_event_source *source = ccdk_lambda_managed_kafka_event_source(g.stack, MSK(.consumer_group_id = "my-consumer-group-id"));
        ccdk_lambda_function_add_event_source(g.fn, source);
        ccdk_cfn_output_new(g.stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
        ccdk_cfn_output_new(g.stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
    }
    /* 'backwards compatibility' */
    {
        given_t g = given("SmkS3StillWorks");
        ccdk_secretsmanager_secret *secret = SECRET(g.stack);
        smk(g.fn, g.stack, SMK(.secret = secret, .on_failure = ccdk_lambda_s3_on_failure_destination(my_bucket(g.stack))));
    }
    {
        given_t g = given("MskSnsStillWorks");
        msk(g.fn, g.stack, MSK(.on_failure = ccdk_lambda_sns_dlq(ccdk_sns_topic_new(g.stack, "Topic", NULL))));
    }
    {
        given_t g = given("SmkSnsStillWorks");
        ccdk_secretsmanager_secret *secret = SECRET(g.stack);
        smk(g.fn, g.stack, SMK(.secret = secret, .on_failure = ccdk_lambda_sns_dlq(ccdk_sns_topic_new(g.stack, "Topic", NULL))));
    }
    {
        given_t g = given("MskSqsStillWorks");
        msk(g.fn, g.stack, MSK(.on_failure = ccdk_lambda_sqs_dlq(ccdk_sqs_queue_new(g.stack, "Queue", NULL))));
    }
    {
        given_t g = given("SmkSqsStillWorks");
        ccdk_secretsmanager_secret *secret = SECRET(g.stack);
        smk(g.fn, g.stack, SMK(.secret = secret, .on_failure = ccdk_lambda_sqs_dlq(ccdk_sqs_queue_new(g.stack, "Queue", NULL))));
    }
    {
        given_t g = given("AllDestinationTypes");
        ccdk_lambda_event_source_dlq *dlqs[4];
        dlqs[0] = ccdk_lambda_s3_on_failure_destination(my_bucket(g.stack));
        dlqs[1] = ccdk_lambda_sns_dlq(ccdk_sns_topic_new(g.stack, "Topic", NULL));
        dlqs[2] = ccdk_lambda_sqs_dlq(ccdk_sqs_queue_new(g.stack, "Queue", NULL));
        dlqs[3] = ccdk_lambda_kafka_dlq(g.stack, "failure-topic");
        static const char *const topics[] = {"topic-with-s3", "topic-with-sns", "topic-with-sqs", "topic-with-kafka"};
        for (int i = 0; i < 4; i++)
            msk(g.fn, g.stack, MSK(.topic = topics[i], .on_failure = dlqs[i]));
    }
    {
        /* 'no breaking changes to existing API surface': sources made, never bound */
        ccdk_stack *stack = ccdk_stack_new(app, "NoBreakingChanges", NULL);
        test_function(stack, "Fn");
        ccdk_lambda_event_source_dlq *dlqs[3];
        dlqs[0] = ccdk_lambda_s3_on_failure_destination(my_bucket(stack));
        dlqs[1] = ccdk_lambda_sns_dlq(ccdk_sns_topic_new(stack, "Topic", NULL));
        dlqs[2] = ccdk_lambda_sqs_dlq(ccdk_sqs_queue_new(stack, "Queue", NULL));
        for (int i = 0; i < 3; i++)
            ccdk_lambda_managed_kafka_event_source(stack, MSK(.on_failure = dlqs[i]));
        static const char *const secrets[][2] = {
            {"Secret", "AmazonMSK_KafkaSecret"}, {"Secret2", "AmazonMSK_KafkaSecret2"}, {"Secret3", "AmazonMSK_KafkaSecret3"}};
        for (int i = 0; i < 3; i++)
            ccdk_lambda_self_managed_kafka_event_source(stack, SMK(.on_failure = dlqs[i],
                                                                   .secret = kafka_secret(stack, secrets[i][0], secrets[i][1])));
    }
    /* 'KafkaDlq CloudFormation Template Generation' */
    {
        given_t g = given("DlqMskMapping");
        msk(g.fn, g.stack, MSK_TEST(.on_failure = ccdk_lambda_kafka_dlq(g.stack, "failure-topic")));
    }
    {
        given_t g = given("DlqSmkMapping");
        ccdk_ec2_vpc *vpc = test_vpc(g.stack, "TestVpc");
        ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(g.stack, "TestSG", "sg-12345", CCDK_UNSET, CCDK_UNSET);
        smk(g.fn, g.stack, SMK(.topic = "test-topic", .starting_position = LATEST,
                               .on_failure = ccdk_lambda_kafka_dlq(g.stack, "failure-topic"),
                               .vpc = vpc, .vpc_subnets = &private_subnets, .security_group = sg));
    }
    {
        given_t g = given("DlqPrefixPreserved");
        msk(g.fn, g.stack, MSK_TEST(.on_failure = ccdk_lambda_kafka_dlq(g.stack, "kafka://explicit-failure-topic")));
    }
    {
        given_t g = given("DlqStructure");
        msk(g.fn, g.stack, MSK_TEST(.on_failure = ccdk_lambda_kafka_dlq(g.stack, "failure-topic"), .batch_size = CCDK_NUM(50),
                                    .max_batching_window = ccdk_duration_seconds(5)));
    }
    {
        given_t g = given("DlqAlongside");
        msk(g.fn, g.stack, MSK_TEST(.starting_position = TRIM_HORIZON, .on_failure = ccdk_lambda_kafka_dlq(g.stack, "failure-topic"),
                                    .batch_size = CCDK_NUM(100), .max_batching_window = ccdk_duration_seconds(10),
                                    .parallelization_factor = CCDK_NUM(2), .filters = CCDK_LIST(string_equals(g.stack, "test"))));
    }
    /* 'template synthesis with various configurations' */
    static const char *const synth[][2] = {
        {"SynthSimpleTopic", "simple-topic-name"}, {"SynthPrefixedTopic", "kafka://prefixed-topic-name"}, {"SynthNoSyntaxErrors", "failure-topic"}};
    for (int i = 0; i < 3; i++) {
        given_t g = given(synth[i][0]);
        msk(g.fn, g.stack, MSK_TEST(.on_failure = ccdk_lambda_kafka_dlq(g.stack, synth[i][1])));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SynthComplexTopics", NULL);
        test_function(stack, "Fn");
        static const char *const names[] = {"app.errors.v1", "app_errors_v1", "app-errors-v1", "MyApp123", "kafka://pre.fixed_topic"};
        for (int i = 0; i < 5; i++) {
            ccdk_lambda_event_source_dlq *kafka_dlq = ccdk_lambda_kafka_dlq(stack, names[i]);
            char id[8];
            snprintf(id, sizeof id, "Fn%d", i);
            msk(test_function(stack, id), stack, MSK_TEST(.on_failure = kafka_dlq));
        }
    }
    {
        given_t g = given("SynthCompatibility");
        ccdk_secretsmanager_secret *secret = kafka_secret(g.stack, "Secret", "KafkaSecret");
        ccdk_value *pattern = ccdk_v_object(g.stack);
        ccdk_v_set(pattern, "stringEquals", ccdk_lambda_filter_rule_is_equal(g.stack, "important"));
        ccdk_v_set(pattern, "numericEquals", ccdk_lambda_filter_rule_is_equal_number(g.stack, 42));
        msk(g.fn, g.stack, MSK_TEST(.starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
                                    .starting_position_timestamp = CCDK_NUM(1640995200),
                                    .on_failure = ccdk_lambda_kafka_dlq(g.stack, "failure-topic"), .batch_size = CCDK_NUM(200),
                                    .max_batching_window = ccdk_duration_seconds(15), .parallelization_factor = CCDK_NUM(5),
                                    .secret = secret, .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(g.stack, pattern))));
    }
    {
        given_t g = given("SynthSmkVarious");
        ccdk_lambda_event_source_dlq *kafka_dlq = ccdk_lambda_kafka_dlq(g.stack, "self-managed-failure-topic");
        ccdk_secretsmanager_secret *secret = kafka_secret(g.stack, "Secret", "SelfManagedKafkaSecret");
        ccdk_ec2_vpc *vpc = test_vpc(g.stack, "TestVpc");
        ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(g.stack, "TestSG", "sg-12345", CCDK_UNSET, CCDK_UNSET);
        smk(g.fn, g.stack, SMK(.bootstrap_servers = CCDK_STRS("broker1:9092", "broker2:9092"), .topic = "test-topic",
                               .starting_position = LATEST, .on_failure = kafka_dlq, .batch_size = CCDK_NUM(150),
                               .max_batching_window = ccdk_duration_seconds(20), .secret = secret, .vpc = vpc,
                               .vpc_subnets = &private_subnets, .security_group = sg,
                               .filters = CCDK_LIST(string_equals(g.stack, "processed"))));
    }
    /* 'LogLevel' */
    {
        given_t g = given("LogLevelInfo");
        msk(g.fn, g.stack, MSK(.log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_INFO));
    }
    {
        given_t g = given("MetricsWithOtherOptions");
        ccdk_secretsmanager_secret *secret = SECRET(g.stack);
        msk(g.fn, g.stack, MSK(.secret = secret, .batch_size = CCDK_NUM(50), .max_batching_window = ccdk_duration_seconds(5),
                               .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT, CCDK_LAMBDA_METRIC_TYPE_KAFKA_METRICS)},
                               .filters = CCDK_LIST(string_equals(g.stack, "test"))));
    }
    {
        given_t g = given("MetricsOptional");
        msk(g.fn, g.stack, MSK());
    }
    /* kafka-dlq.test.ts: the destination each KafkaDlq binds to */
    {
        given_t g = given("KafkaDlqBind");
        static const char *const names[] = {"my-topic", "kafka://my-topic", "test-topic", "kafka://existing-prefix-topic",
                                            "my.complex_topic-name", "valid-topic", "valid_topic", "valid.topic", "ValidTopic123"};
        for (int i = 0; i < 9; i++) {
            char topic[16];
            snprintf(topic, sizeof topic, "topic-%d", i);
            msk(g.fn, g.stack, MSK(.topic = topic, .on_failure = ccdk_lambda_kafka_dlq(g.stack, names[i])));
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
