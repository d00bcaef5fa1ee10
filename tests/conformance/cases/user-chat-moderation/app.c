/* Conformance case 'user-chat-moderation': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/codeguru.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/signer.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ChatModeration", &(ccdk_stack_props){
        .tags = CCDK_KVS({"team", "trust-and-safety"}),
    });

    ccdk_kms_key *stream_key = ccdk_kms_key_new(stack, "StreamKey", &(ccdk_kms_key_props){
        .description = "Chat message stream",
        .enable_key_rotation = CCDK_TRUE,
    });
    ccdk_kinesis_stream *messages = ccdk_kinesis_stream_new(stack, "Messages", &(ccdk_kinesis_stream_props){
        .stream_mode = CCDK_KINESIS_STREAM_MODE_ON_DEMAND,
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS,
        .encryption_key = stream_key,
        .retention_period = ccdk_duration_hours(48),
    });
    ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(stack, "ModeratorConsumer", &(ccdk_kinesis_stream_consumer_props){
        .stream = messages,
        .stream_consumer_name = "moderator",
    });

    ccdk_signer_signing_profile *signing_profile = ccdk_signer_signing_profile_new(stack, "ReleaseSigning", &(ccdk_signer_signing_profile_props){
        .platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA,
        .signature_validity = ccdk_duration_days(365),
    });
    ccdk_lambda_code_signing_config *code_signing = ccdk_lambda_code_signing_config_new(stack, "CodeSigning", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(signing_profile),
        .untrusted_artifact_on_deployment = CCDK_LAMBDA_UNTRUSTED_ARTIFACT_ENFORCE,
        .description = "Only release-signed moderation code",
    });
    ccdk_codeguru_profiling_group *profiling = ccdk_codeguru_profiling_group_new(stack, "ModeratorProfiling", &(ccdk_codeguru_profiling_group_props){
        .compute_platform = CCDK_CODEGURU_COMPUTE_PLATFORM_AWS_LAMBDA,
    });

    ccdk_s3_bucket *failed_batches = ccdk_s3_bucket_new(stack, "FailedBatches", &(ccdk_s3_bucket_props){
        .enforce_ssl = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.expiration = ccdk_duration_days(30)}),
    });
    ccdk_sns_topic *flagged = ccdk_sns_topic_new(stack, "FlaggedMessages", &(ccdk_sns_topic_props){
        .display_name = "Flagged chat messages",
    });

    ccdk_logs_log_group *moderator_logs = ccdk_logs_log_group_new(stack, "ModeratorLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function *moderator = ccdk_lambda_function_new(stack, "Moderator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "handler.handler",
        .code = ccdk_lambda_code_from_asset(stack, "moderator", NULL),
        .description = "Scores chat messages and flags abusive ones",
        .memory_size = CCDK_NUM(1769),
        .timeout = ccdk_duration_minutes(1),
        .reserved_concurrent_executions = CCDK_NUM(20),
        .code_signing_config = code_signing,
        .profiling_group = profiling,
        .log_group = moderator_logs,
        .environment = CCDK_KVS({"FLAGGED_TOPIC_ARN", ccdk_sns_topic_arn(flagged)}, {"BLOCK_THRESHOLD", "0.85"}),
    });
    ccdk_sns_topic_grant_publish(flagged, moderator);
    ccdk_value *pattern = ccdk_v_set(ccdk_v_object(stack), "data",
                                     ccdk_v_set(ccdk_v_object(stack), "kind", ccdk_lambda_filter_rule_is_equal(stack, "chat")));
    ccdk_lambda_function_add_event_source(moderator, ccdk_lambda_kinesis_consumer_event_source(consumer, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(200),
        .max_batching_window = ccdk_duration_seconds(2),
        .parallelization_factor = CCDK_NUM(4),
        .retry_attempts = CCDK_NUM(5),
        .max_record_age = ccdk_duration_hours(6),
        .bisect_batch_on_error = CCDK_TRUE,
        .report_batch_item_failures = CCDK_TRUE,
        .on_failure = ccdk_lambda_s3_on_failure_destination(failed_batches),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, pattern)),
    }));

    ccdk_logs_metric_filter *flagged_count = ccdk_logs_metric_filter_new(stack, "FlaggedCount", &(ccdk_logs_metric_filter_props){
        .log_group = moderator_logs,
        .filter_pattern = ccdk_logs_filter_pattern_string_value(stack, "$.decision", "=", "FLAGGED"),
        .metric_namespace = "ChatModeration",
        .metric_name = "FlaggedMessages",
        .metric_value = "1",
        .default_value = CCDK_NUM(0),
    });

    ccdk_sqs_queue *review_queue = ccdk_sqs_queue_new(stack, "TrustAndSafetyReview", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(15),
        .retention_period = ccdk_duration_days(7),
    });
    ccdk_sns_topic_add_sqs_subscription(flagged, review_queue, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"severity", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("high", "critical")})}),
    });

    ccdk_sqs_queue *escalation_failures = ccdk_sqs_queue_new(stack, "EscalationFailures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_lambda_function *escalate = ccdk_lambda_function_new(stack, "Escalate", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_seconds(20),
        .retry_attempts = CCDK_NUM(1),
        .max_event_age = ccdk_duration_hours(1),
        .on_failure = ccdk_lambda_destinations_sqs_destination(escalation_failures),
    });
    ccdk_lambda_function_add_event_source(escalate, ccdk_lambda_sns_event_source(flagged, &(ccdk_lambda_sns_event_source_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"severity", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("critical")})},
            {"repeatOffender", ccdk_sns_subscription_filter_exists(stack)}),
    }));

    ccdk_cloudwatch_alarm_new(stack, "ConsumerLagging", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(messages, &(ccdk_cloudwatch_metric_options){
            .statistic = "Maximum",
            .period = ccdk_duration_minutes(1),
        }),
        .threshold = CCDK_NUM(60000),
        .evaluation_periods = CCDK_NUM(5),
        .alarm_description = "The moderator is more than a minute behind",
    });
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_logs_metric_filter_metric(flagged_count, &(ccdk_cloudwatch_metric_options){.statistic = "Sum"}),
        stack, "FlaggedSpike", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(100),
            .evaluation_periods = CCDK_NUM(1),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        });

    ccdk_cfn_output_new(stack, "MessagesStreamArn", &(ccdk_cfn_output_props){
        .value = ccdk_kinesis_stream_arn(messages), .export_name = "ChatMessagesStreamArn"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
