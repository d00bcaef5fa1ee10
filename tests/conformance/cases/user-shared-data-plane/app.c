/* Conformance case 'user-shared-data-plane': see app.js. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_props env = {.account = "999988887777", .region = "us-west-2"};

    ccdk_stack *shared = ccdk_stack_new(app, "Shared", &env);
    ccdk_kms_key *key = ccdk_kms_key_new(shared, "DataKey", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE,
        .description = "data plane key",
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(shared, "Documents", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = key,
        .bucket_key_enabled = CCDK_TRUE,
        .enforce_ssl = CCDK_TRUE,
    });
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(shared, "IngestDlq", &(ccdk_sqs_queue_props){
        .encryption_master_key = key,
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(shared, "Ingest", &(ccdk_sqs_queue_props){
        .encryption_master_key = key,
        .visibility_timeout = ccdk_duration_minutes(3),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(4)},
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(shared, "DocumentEvents", &(ccdk_sns_topic_props){.master_key = key});
    /* (not on the shared key: see app.js) */
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(shared, "PartnerApiKey", &(ccdk_secretsmanager_secret_props){
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .password_length = CCDK_NUM(40),
            .exclude_punctuation = CCDK_TRUE,
        },
    });
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(shared, "Common", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(shared, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .description = "shared helpers",
    });
    ccdk_ssm_string_parameter *prefix = ccdk_ssm_string_parameter_new(shared, "DocumentPrefix", &(ccdk_ssm_string_parameter_props){
        .parameter_name = "/data-plane/document-prefix",
        .string_value = "incoming/",
    });

    ccdk_stack *workers = ccdk_stack_new(app, "Workers", &env);
    /* grants on the shared key go to the workers' own policies once Workers depends on Shared */
    ccdk_stack_add_dependency(workers, shared);
    ccdk_lambda_function *ingest = ccdk_lambda_function_new(workers, "Ingest", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(workers, "def handler(event, context):\n    return {\"batchItemFailures\": []}\n"),
        .layers = CCDK_LIST(layer),
        .timeout = ccdk_duration_minutes(1),
        .environment_encryption = key,
        .environment = CCDK_KVS({"BUCKET", ccdk_s3_bucket_name(bucket)}, {"SECRET_ARN", ccdk_secretsmanager_secret_arn(secret)},
                                {"TOPIC_ARN", ccdk_sns_topic_arn(topic)}, {"PREFIX_PARAM", ccdk_ssm_string_parameter_name(prefix)}),
        .dead_letter_queue = dlq,
    });
    ccdk_lambda_function_add_event_source(ingest, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
        .report_batch_item_failures = CCDK_TRUE,
    }));
    ccdk_s3_bucket_grant_read_write(bucket, ingest, "incoming/*");
    ccdk_secretsmanager_secret_grant_read(secret, ccdk_lambda_function_grant_principal(ingest));
    ccdk_ssm_string_parameter_grant_read(prefix, ccdk_lambda_function_grant_principal(ingest));
    ccdk_sns_topic_grant_publish(topic, ingest);

    ccdk_sqs_queue *notifier_dlq = ccdk_sqs_queue_new(workers, "NotifierDlq", NULL);
    ccdk_lambda_function *notifier = ccdk_lambda_function_new(workers, "Notifier", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(workers, "def handler(event, context):\n    return None\n"),
        .layers = CCDK_LIST(layer),
    });
    ccdk_lambda_function_add_event_source(notifier, ccdk_lambda_sns_event_source(topic, &(ccdk_lambda_sns_event_source_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"kind", ccdk_sns_subscription_filter_string(workers, &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("created", "deleted")})},
            {"size", ccdk_sns_subscription_filter_numeric(workers, &(ccdk_sns_numeric_conditions){.greater_than = CCDK_NUM(0)})}),
        .dead_letter_queue = notifier_dlq,
    }));
    ccdk_cfn_output_new(workers, "IngestQueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
