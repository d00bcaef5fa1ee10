/* Conformance case 'user-order-stream': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrderStream", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "DataKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
    ccdk_secretsmanager_secret *credentials = ccdk_secretsmanager_secret_new(stack, "KafkaCredentials",
        &(ccdk_secretsmanager_secret_props){.description = "SASL/SCRAM credentials of the orders cluster", .encryption_key = key});
    ccdk_s3_bucket *artifacts = ccdk_s3_bucket_new(stack, "Artifacts", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = key,
        .versioned = CCDK_TRUE,
    });
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(stack, "FailedBatches", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14)});
    ccdk_sqs_queue_grant_send_messages(failures, ccdk_iam_service_principal(stack, "events.amazonaws.com"));

    ccdk_lambda_function *consumer = ccdk_lambda_function_new(stack, "OrderConsumer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_bucket_v2(artifacts, "consumer/v42.zip", &(ccdk_lambda_bucket_options){
            .object_version = "f8A1xK2dPq",
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE,
        }),
        .timeout = ccdk_duration_minutes(1),
        .environment = CCDK_KVS({"SECRET_ARN", ccdk_secretsmanager_secret_arn(credentials)}),
    });
    ccdk_lambda_function_add_event_source(consumer, ccdk_lambda_self_managed_kafka_event_source(stack,
        &(ccdk_lambda_self_managed_kafka_event_source_props){
            .bootstrap_servers = CCDK_STRS("b-1.orders.example.com:9096", "b-2.orders.example.com:9096"),
            .topic = "orders",
            .secret = credentials,
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .batch_size = CCDK_NUM(500),
            .consumer_group_id = "order-consumer",
            .on_failure = ccdk_lambda_sqs_dlq(failures),
        }));

    ccdk_iam_user *ops = ccdk_iam_user_new(stack, "OpsUser", &(ccdk_iam_user_props){.user_name = "orders-ops"});
    ccdk_lambda_function_grant_invoke(consumer, ops);
    ccdk_s3_bucket_grant_read(artifacts, ops, "consumer/*");
    ccdk_cfn_output_new(stack, "ConsumerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(consumer)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
