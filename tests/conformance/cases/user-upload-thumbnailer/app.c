/* Conformance case 'user-upload-thumbnailer': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Thumbnailer", &(ccdk_stack_props){
        .description = "Upload thumbnailer (CloudTrail -> SQS -> Lambda)",
    });

    ccdk_s3_bucket *uploads = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .versioned = CCDK_TRUE,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule,
            {.id = "expire-incoming", .prefix = "incoming/", .expiration = ccdk_duration_days(30)},
            {.abort_incomplete_multipart_upload_after = ccdk_duration_days(1)}),
    });
    ccdk_s3_bucket *thumbs = ccdk_s3_bucket_new(stack, "Thumbnails", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .cors = CCDK_LIST_OF(ccdk_s3_cors_rule, {
            .allowed_methods = CCDK_STRS(CCDK_S3_HTTP_GET, CCDK_S3_HTTP_HEAD),
            .allowed_origins = CCDK_STRS("https://app.example.com"),
            .max_age = CCDK_NUM(3600),
        }),
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .transitions = CCDK_LIST_OF(ccdk_s3_transition, {
                .storage_class = CCDK_S3_STORAGE_CLASS_INFREQUENT_ACCESS,
                .transition_after = ccdk_duration_days(60),
            }),
        }),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });

    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "BufferDLQ", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });
    ccdk_sqs_queue *buffer = ccdk_sqs_queue_new(stack, "Buffer", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(3),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(5)},
    });

    ccdk_s3_bucket_on_cloud_trail_put_object(uploads, "OnUpload", &(ccdk_s3_on_cloud_trail_bucket_event_options){
        .description = "New uploads under incoming/",
        .paths = CCDK_STRS("incoming/"),
        .target = ccdk_events_targets_sqs_queue(buffer, &(ccdk_events_sqs_queue_target_props){
            .retry_attempts = CCDK_NUM(4),
            .max_event_age = ccdk_duration_hours(2),
        }),
    });

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "ThumbnailFn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "src", NULL),
        .memory_size = CCDK_NUM(1536),
        .timeout = ccdk_duration_seconds(30),
        .ephemeral_storage_size = ccdk_size_gibibytes(2),
        .environment = CCDK_KVS({"THUMBS_BUCKET", ccdk_s3_bucket_name(thumbs)}, {"SIZES", "128,256,512"}),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .log_group = ccdk_logs_log_group_new(stack, "ThumbnailLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        }),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(buffer, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
        .max_batching_window = ccdk_duration_seconds(10),
        .report_batch_item_failures = CCDK_TRUE,
        .max_concurrency = CCDK_NUM(10),
    }));
    ccdk_s3_bucket_grant_read(uploads, fn, "incoming/*");
    ccdk_s3_bucket_grant_put(thumbs, fn, NULL);

    ccdk_sns_topic *alerts = ccdk_sns_topic_new(stack, "Alerts", &(ccdk_sns_topic_props){
        .display_name = "Thumbnailer alerts",
    });
    ccdk_sns_topic_add_email_subscription(alerts, "oncall@example.com", NULL);
    ccdk_cloudwatch_alarm_action *notify = ccdk_cloudwatch_actions_sns_action(alerts);

    ccdk_cloudwatch_alarm *dlq_alarm = ccdk_cloudwatch_metric_create_alarm(
        ccdk_sqs_queue_metric_approximate_number_of_messages_visible(dlq, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1)}),
        stack, "DlqNotEmpty", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(0),
            .comparison_operator = CCDK_CW_GREATER_THAN_THRESHOLD,
            .evaluation_periods = CCDK_NUM(1),
            .alarm_description = "Uploads failed five times",
        });
    ccdk_cloudwatch_alarm_add_alarm_action(dlq_alarm, notify);
    ccdk_cloudwatch_alarm *age_alarm = ccdk_cloudwatch_alarm_new(stack, "BufferBacklog", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_sqs_queue_metric_approximate_age_of_oldest_message(buffer, &(ccdk_cloudwatch_metric_options){
            .statistic = "Maximum"}),
        .threshold = CCDK_NUM(600),
        .evaluation_periods = CCDK_NUM(3),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    });
    ccdk_cloudwatch_alarm_add_alarm_action(age_alarm, notify);
    ccdk_cloudwatch_alarm_add_ok_action(age_alarm, notify);
    ccdk_cloudwatch_alarm_add_alarm_action(
        ccdk_cloudwatch_metric_create_alarm(
            ccdk_lambda_function_metric_errors(fn, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(5)}),
            stack, "ThumbnailErrors", &(ccdk_cloudwatch_create_alarm_options){
                .threshold = CCDK_NUM(5),
                .evaluation_periods = CCDK_NUM(2),
                .datapoints_to_alarm = CCDK_NUM(2),
            }),
        notify);

    ccdk_cfn_output_new(stack, "UploadsBucket", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(uploads)});
    ccdk_cfn_output_new(stack, "ThumbnailsBucket", &(ccdk_cfn_output_props){
        .value = ccdk_s3_bucket_name(thumbs), .export_name = "ThumbnailsBucketName"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
