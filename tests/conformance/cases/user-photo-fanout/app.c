/* Conformance case 'user-photo-fanout': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_stack *stack;
static ccdk_s3_bucket *uploads;
static ccdk_sns_topic *photos, *ops;
static ccdk_lambda_code *code;

static ccdk_lambda_function *worker(const char *name, const char *handler, ccdk_sns_filter_policy filter_policy)
{
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, ccdk_fmt(stack, "%sDlq", name), &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, ccdk_fmt(stack, "%sQueue", name), &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(3),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(4)},
        .enforce_ssl = CCDK_TRUE,
    });
    ccdk_sns_topic_add_sqs_subscription(photos, queue, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
        .filter_policy = filter_policy,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, name, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = handler,
        .code = code,
        .timeout = ccdk_duration_minutes(1),
        .memory_size = CCDK_NUM(1024),
        .environment = CCDK_KVS({"BUCKET", ccdk_s3_bucket_name(uploads)}),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(20),
        .max_batching_window = ccdk_duration_seconds(5),
        .max_concurrency = CCDK_NUM(5),
        .report_batch_item_failures = CCDK_TRUE,
    }));
    ccdk_s3_bucket_grant_read(uploads, fn, NULL);
    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_alarm_new(stack, ccdk_fmt(stack, "%sDlqAlarm", name),
        &(ccdk_cloudwatch_alarm_props){
            .metric = ccdk_sqs_queue_metric_approximate_number_of_messages_visible(dlq,
                &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(1),
            .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
            .alarm_description = ccdk_fmt(stack, "%s messages are failing", name),
        });
    ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_actions_sns_action(ops));
    ccdk_cloudwatch_alarm_add_ok_action(alarm, ccdk_cloudwatch_actions_sns_action(ops));
    return fn;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "PhotoFanout", &(ccdk_stack_props){
        .description = "Photo upload fan-out (uploads -> ingest -> SNS -> workers)",
    });

    uploads = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.prefix = "uploads/", .expiration = ccdk_duration_days(30)}),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = CCDK_FALSE,
    });

    photos = ccdk_sns_topic_new(stack, "PhotoEvents", &(ccdk_sns_topic_props){
        .display_name = "New photos",
        .enforce_ssl = CCDK_TRUE,
    });
    ops = ccdk_sns_topic_new(stack, "OpsAlerts", NULL);
    ccdk_sns_topic_add_email_subscription(ops, "photo-ops@example.com", NULL);

    code = ccdk_lambda_code_from_asset(stack, "handlers", NULL);

    ccdk_lambda_function *ingest = ccdk_lambda_function_new(stack, "Ingest", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.ingest",
        .code = code,
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"TOPIC_ARN", ccdk_sns_topic_arn(photos)}),
    });
    ccdk_lambda_function_add_event_source(ingest, ccdk_lambda_s3_event_source(uploads, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED_PUT, CCDK_S3_OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD),
        .filters = CCDK_S3_FILTERS({.prefix = "uploads/", .suffix = ".jpg"}),
    }));
    ccdk_s3_bucket_grant_read(uploads, ingest, "uploads/*");
    ccdk_sns_topic_grant_publish(photos, ingest);

    ccdk_lambda_function *thumbs = worker("Thumbnailer", "index.thumbnail", (ccdk_sns_filter_policy){0});
    ccdk_lambda_function *indexer = worker("Indexer", "index.index", (ccdk_sns_filter_policy)CCDK_LIST_OF(ccdk_sns_filter_entry,
        {"kind", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
            .allowlist = CCDK_STRS("photo", "scan")})}));
    ccdk_s3_bucket_grant_put(uploads, thumbs, "thumbnails/*");

    ccdk_cloudwatch_metric *errors = ccdk_cloudwatch_math_expression_new(stack, &(ccdk_cloudwatch_math_expression_props){
        .expression = "t + i",
        .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric,
            {"t", ccdk_lambda_function_metric_errors(thumbs, NULL)},
            {"i", ccdk_lambda_function_metric_errors(indexer, NULL)}),
        .label = "Worker errors",
        .period = ccdk_duration_minutes(5),
    });
    ccdk_cloudwatch_alarm *worker_errors = ccdk_cloudwatch_metric_create_alarm(errors, stack, "WorkerErrors",
        &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(5),
            .evaluation_periods = CCDK_NUM(3),
            .datapoints_to_alarm = CCDK_NUM(2),
        });
    ccdk_cloudwatch_alarm_add_alarm_action(worker_errors, ccdk_cloudwatch_actions_sns_action(ops));

    ccdk_cfn_output_new(stack, "UploadBucket", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(uploads)});
    ccdk_cfn_output_new(stack, "PhotoTopicArn", &(ccdk_cfn_output_props){
        .value = ccdk_sns_topic_arn(photos), .export_name = "PhotoTopicArn"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
