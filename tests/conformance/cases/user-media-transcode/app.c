/* Conformance case 'user-media-transcode': see app.js. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/ecr.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_image.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MediaTranscode", &(ccdk_stack_props){
        .account = "444455556666",
        .region = "us-west-2",
    });

    ccdk_ecr_repository *repository = ccdk_ecr_repository_from_repository_name(stack, "TranscoderRepo", "media/transcoder");
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "MediaEvents", &(ccdk_events_event_bus_props){
        .event_bus_name = "media-events",
    });
    /* completed uploads are kept for replays after a transcoder bug */
    ccdk_value *archived = ccdk_v_object(stack);
    ccdk_v_set(archived, "source", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, "media.uploads")));
    ccdk_v_set(archived, "detailType", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, "Upload Completed")));
    ccdk_events_event_bus_archive(bus, "UploadArchive", &(ccdk_events_base_archive_props){
        .event_pattern = archived,
        .retention = ccdk_duration_days(30),
    });
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(stack, "TranscodeFailures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });
    ccdk_secretsmanager_secret *partner_key = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "PartnerApiKey", "media/partner-api-key");
    const char *output_bucket_name = ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/media/output-bucket", (ccdk_opt_num){0});

    ccdk_lambda_function *transcoder = ccdk_lambda_docker_image_function_new(stack, "Transcoder", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_ecr(repository, &(ccdk_lambda_ecr_image_code_props){
            .tag_or_digest = "v1.4.2",
            .cmd = CCDK_STRS("app.handler"),
        }),
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .memory_size = CCDK_NUM(10240),
        .ephemeral_storage_size = ccdk_size_gibibytes(10),
        .timeout = ccdk_duration_minutes(15),
        .reserved_concurrent_executions = CCDK_NUM(10),
        .description = "Transcodes uploaded media into streaming renditions",
        .environment = CCDK_KVS(
            {"OUTPUT_BUCKET", output_bucket_name},
            {"PARTNER_KEY_ARN", ccdk_secretsmanager_secret_arn(partner_key)},
            {"EVENT_BUS", ccdk_events_event_bus_name(bus)}),
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_WARN,
    });
    ccdk_iam_role_add_managed_policy(ccdk_lambda_function_role(transcoder),
                                     ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "AWSXRayDaemonWriteAccess"));
    ccdk_secretsmanager_secret_grant_read(partner_key, transcoder);
    char renditions[256];
    snprintf(renditions, sizeof renditions, "arn:aws:s3:::%s/renditions/*", output_bucket_name);
    ccdk_lambda_function_add_to_role_policy(transcoder, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:PutObject", "s3:PutObjectTagging"),
        .resources = CCDK_STRS(renditions),
    }));
    ccdk_lambda_function_configure_async_invoke(transcoder, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, ccdk_events_event_bus_arn(bus)),
        .on_failure = ccdk_lambda_destinations_sqs_destination(failures),
        .retry_attempts = CCDK_NUM(1),
        .max_event_age = ccdk_duration_hours(3),
    });

    ccdk_value *detail = ccdk_v_object(stack);
    ccdk_v_set(detail, "contentType", ccdk_events_match_prefix(stack, "video/"));
    ccdk_v_set(detail, "sizeBytes", ccdk_events_match_greater_than(stack, 0));
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, "media.uploads")));
    ccdk_v_set(pattern, "detailType", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, "Upload Completed")));
    ccdk_v_set(pattern, "detail", detail);
    ccdk_value *input = ccdk_v_object(stack);
    ccdk_v_set(input, "uploadId", ccdk_v_string(stack, ccdk_events_event_field_from_path(stack, "$.detail.uploadId")));
    ccdk_v_set(input, "key", ccdk_v_string(stack, ccdk_events_event_field_from_path(stack, "$.detail.key")));
    ccdk_v_set(input, "requestedAt", ccdk_v_string(stack, ccdk_events_event_field_time(stack)));
    ccdk_events_rule_new(stack, "UploadComplete", &(ccdk_events_rule_props){
        .event_bus = bus,
        .description = "Transcode every completed upload that is a video",
        .event_pattern = pattern,
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(transcoder, &(ccdk_events_lambda_function_target_props){
            .event = ccdk_events_rule_target_input_from_object(stack, input),
            .retry_attempts = CCDK_NUM(3),
            .max_event_age = ccdk_duration_hours(2),
            .dead_letter_queue = failures,
        })),
    });

    ccdk_cloudwatch_alarm *failure_age = ccdk_cloudwatch_alarm_new(stack, "FailuresWaiting", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_sqs_queue_metric_approximate_age_of_oldest_message(failures, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(5)}),
        .threshold = CCDK_NUM(3600),
        .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "TranscodeDashboard", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "media-transcode",
        .default_interval = ccdk_duration_days(1),
    });
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
            .title = "Transcode duration",
            .left = CCDK_LIST(ccdk_lambda_function_metric_duration(transcoder, &(ccdk_cloudwatch_metric_options){.statistic = "p90"}),
                              ccdk_lambda_function_metric_duration(transcoder, &(ccdk_cloudwatch_metric_options){.statistic = "Maximum"})),
            .width = 12,
        }),
        ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
            .title = "Errors and failures",
            .left = CCDK_LIST(ccdk_lambda_function_metric_errors(transcoder, NULL)),
            .right = CCDK_LIST(ccdk_sqs_queue_metric_approximate_number_of_messages_visible(failures, NULL)),
            .width = 12,
        })));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(ccdk_cloudwatch_alarm_widget_new(stack, &(ccdk_cloudwatch_alarm_widget_props){
        .title = "Failures waiting", .alarm = failure_age, .width = 24})));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
