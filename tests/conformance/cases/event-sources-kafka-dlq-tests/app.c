/* aws-cdk's kafka.test.ts (the newer one, with KafkaDlq) and kafka-dlq.test.ts, the tests that
 * synthesize a template and that no other case ports, each as its own stack (the tests'
 * `new cdk.Stack()`, here named). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>

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

static ccdk_secretsmanager_secret *kafka_secret(ccdk_stack *stack)
{
    return ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){.secret_name = "AmazonMSK_KafkaSecret"});
}

#define CLUSTER_ARN "some-arn"
#define KAFKA_TOPIC "some-topic"
#define TRIM_HORIZON CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON
#define MSK(...) &(ccdk_lambda_managed_kafka_event_source_props){.cluster_arn = CLUSTER_ARN, .topic = KAFKA_TOPIC, \
                                                                 .starting_position = TRIM_HORIZON, __VA_ARGS__}
#define SMK(...) &(ccdk_lambda_self_managed_kafka_event_source_props){.bootstrap_servers = CCDK_STRS("kafka-broker:9092"), \
                                                                      .topic = KAFKA_TOPIC, .starting_position = TRIM_HORIZON, __VA_ARGS__}

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
    static const char *const msk_dlqs[][2] = {
        {"MskDlq", "failure-topic"}, {"MskDlqPrefixed", "kafka://failure-topic"}, {"MskDlqComplex", "my.complex_failure-topic"}};
    for (int i = 0; i < 3; i++) {
        given_t g = given(msk_dlqs[i][0]);
        msk(g.fn, g.stack, MSK(.on_failure = ccdk_lambda_kafka_dlq(g.stack, msk_dlqs[i][1])));
    }
    static const char *const smk_dlqs[][2] = {{"SmkDlq", "failure-topic"}, {"SmkDlqPrefixed", "kafka://failure-topic"}};
    for (int i = 0; i < 2; i++) {
        given_t g = given(smk_dlqs[i][0]);
        smk(g.fn, g.stack, SMK(.secret = kafka_secret(g.stack), .on_failure = ccdk_lambda_kafka_dlq(g.stack, smk_dlqs[i][1])));
    }
    {
        given_t g = given("SmkDlqVpc");
        ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(g.stack, "SecurityGroup", "sg-0123456789",
                                                                                     CCDK_UNSET, CCDK_UNSET);
        /* without Custom::VpcRestrictDefaultSG under the init flags (ccdk's handler code is its own) */
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(g.stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        smk(g.fn, g.stack, SMK(.vpc = vpc, .vpc_subnets = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
                               .security_group = sg, .on_failure = ccdk_lambda_kafka_dlq(g.stack, "failure-topic")));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MultipleDestinations", NULL);
        ccdk_lambda_function *fn1 = test_function(stack, "Fn1");
        ccdk_lambda_function *fn2 = test_function(stack, "Fn2");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "BucketByName", "my-bucket");
        msk(fn1, stack, MSK(.on_failure = ccdk_lambda_s3_on_failure_destination(bucket)));
        ccdk_lambda_managed_kafka_event_source_props p = *MSK(.on_failure = ccdk_lambda_kafka_dlq(stack, "failure-topic"));
        p.topic = "another-topic";
        msk(fn2, stack, &p);
    }
    {
        given_t g = given("TokenDlq");
        ccdk_cfn_parameter_new(g.stack, "MyTopicParameter", NULL);
        msk(g.fn, g.stack, MSK(.on_failure = ccdk_lambda_kafka_dlq(g.stack, ccdk_fn_ref(g.stack, "MyTopicParameter"))));
    }
    {
        given_t g = given("MskPollerGroupName");
        msk(g.fn, g.stack, MSK(.provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(2), .maximum_pollers = CCDK_NUM(5), .poller_group_name = "managed-kafka-group"}));
    }
    {
        given_t g = given("SmkPollerGroupName");
        smk(g.fn, g.stack, SMK(.secret = kafka_secret(g.stack), .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(4), .poller_group_name = "self-managed-kafka-group"}));
    }
    {
        given_t g = given("SmkErrorHandling");
        smk(g.fn, g.stack, SMK(.secret = kafka_secret(g.stack), .bisect_batch_on_error = CCDK_TRUE, .retry_attempts = CCDK_NUM(5),
                               .report_batch_item_failures = CCDK_TRUE, .max_record_age = ccdk_duration_hours(1)));
    }
    {
        given_t g = given("SmkMetrics");
        smk(g.fn, g.stack, SMK(.secret = kafka_secret(g.stack),
                               .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT, CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT)}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
