/* Conformance case 'user-kafka-bridge': see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "KafkaBridge", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-2"});

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(1)});
    ccdk_ec2_security_group *bridge_sg = ccdk_ec2_security_group_new(stack, "BridgeSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .description = "kafka bridge pollers"});
    ccdk_secretsmanager_secret *credentials = ccdk_secretsmanager_secret_new(stack, "KafkaCredentials", &(ccdk_secretsmanager_secret_props){
        .description = "SASL/SCRAM user of the bridge",
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .secret_string_template = "{\"username\":\"bridge\"}", .generate_string_key = "password"},
    });
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(stack, "Failures", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_days(14)});

    ccdk_lambda_function *bridge = ccdk_lambda_function_new(stack, "Bridge", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "bridge.handle",
        .code = ccdk_lambda_code_from_inline(stack, "def handle(event, context):\n    return None\n"),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_minutes(1),
    });
    ccdk_lambda_function_add_event_source(bridge, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("b-1.orders.internal:9096", "b-2.orders.internal:9096"),
        .topic = "orders",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(500),
        .max_batching_window = ccdk_duration_seconds(5),
        .secret = credentials,
        .authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_SASL_SCRAM_512_AUTH,
        .vpc = vpc,
        .vpc_subnets = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .security_group = bridge_sg,
        .consumer_group_id = "orders-bridge",
        .on_failure = ccdk_lambda_sqs_dlq(failures),
    }));
    ccdk_value *refund = ccdk_v_set(ccdk_v_object(stack), "value",
        ccdk_v_set(ccdk_v_object(stack), "kind", ccdk_lambda_filter_rule_is_equal(stack, "refund")));
    ccdk_lambda_function_add_event_source(bridge, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = "arn:aws:kafka:us-east-2:123456789012:cluster/payments/8e2d1c1b-1111-2222-3333-444455556666-2",
        .topic = "refunds",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .consumer_group_id = "refunds-bridge",
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, refund)),
        .on_failure = ccdk_lambda_sqs_dlq(failures),
    }));

    ccdk_sns_topic *prices = ccdk_sns_topic_new(stack, "Prices", NULL);
    ccdk_sqs_queue *prices_dlq = ccdk_sqs_queue_new(stack, "PricesDlq", NULL);
    ccdk_lambda_function_add_event_source(bridge, ccdk_lambda_sns_event_source(prices, &(ccdk_lambda_sns_event_source_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"currency", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("EUR", "USD")})}),
        .dead_letter_queue = prices_dlq,
    }));

    ccdk_sqs_queue *retries = ccdk_sqs_queue_new(stack, "Retries", &(ccdk_sqs_queue_props){.visibility_timeout = ccdk_duration_minutes(6)});
    ccdk_value *retryable = ccdk_v_set(ccdk_v_object(stack), "body",
        ccdk_v_set(ccdk_v_object(stack), "retryable", ccdk_lambda_filter_rule_is_equal_bool(stack, CCDK_TRUE)));
    ccdk_lambda_function_add_event_source(bridge, ccdk_lambda_sqs_event_source(retries, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(50),
        .max_batching_window = ccdk_duration_seconds(20),
        .max_concurrency = CCDK_NUM(5),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, retryable)),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
