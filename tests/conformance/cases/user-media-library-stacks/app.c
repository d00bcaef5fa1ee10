/* Conformance case 'user-media-library-stacks': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *account = "333344445555", *region = "us-west-2";

    ccdk_stack *storage = ccdk_stack_new(app, "MediaStorage", &(ccdk_stack_props){.account = account, .region = region});
    ccdk_kms_key *key = ccdk_kms_key_new(storage, "MediaKey", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE, .alias = "alias/media"});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(storage, "Library", &(ccdk_s3_bucket_props){
        .encryption_key = key,
        .bucket_key_enabled = CCDK_TRUE,
        .versioned = CCDK_TRUE,
        .enforce_ssl = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ALL,
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(storage, "Catalog", &(ccdk_dynamodb_table_props){
        .partition_key = {"assetId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(storage, "MediaEvents", &(ccdk_sns_topic_props){.master_key = key});

    ccdk_stack *compute = ccdk_stack_new(app, "MediaCompute", &(ccdk_stack_props){.account = account, .region = region});
    ccdk_lambda_function *indexer = ccdk_lambda_function_new(compute, "Indexer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(compute, "exports.handler = async () => {};"),
        .timeout = ccdk_duration_minutes(1),
        .environment = CCDK_KVS({"BUCKET", ccdk_s3_bucket_name(bucket)}, {"TABLE", ccdk_dynamodb_table_name(table)}),
    });
    ccdk_s3_bucket_grant_read_write(bucket, indexer, NULL);
    ccdk_lambda_function_add_event_source(indexer, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(25),
        .retry_attempts = CCDK_NUM(2),
    }));
    ccdk_sns_topic_add_lambda_subscription(topic, indexer, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"kind", ccdk_sns_subscription_filter_string(compute, &(ccdk_sns_string_conditions){
                .match_prefixes = CCDK_STRS("video/", "image/")})}),
    });
    ccdk_sqs_queue *thumb_queue = ccdk_sqs_queue_new(compute, "ThumbnailRequests", &(ccdk_sqs_queue_props){
        .encryption_master_key = key,
        .visibility_timeout = ccdk_duration_minutes(5),
    });
    ccdk_sns_topic_add_sqs_subscription(topic, thumb_queue, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE});
    ccdk_value *input = ccdk_v_object(compute);
    ccdk_v_set(input, "mode", ccdk_v_string(compute, "full"));
    /* the rule lives beside the function (see app.js) */
    ccdk_events_rule *nightly = ccdk_events_rule_new(compute, "NightlyReindex", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(compute, &(ccdk_events_cron_options){.minute = "30", .hour = "2"}),
    });
    ccdk_events_rule_add_target(nightly, ccdk_events_targets_lambda_function(indexer, &(ccdk_events_lambda_function_target_props){
        .event = ccdk_events_rule_target_input_from_object(compute, input),
    }));
    ccdk_node_add_dependency(indexer, table);

    ccdk_stack *monitoring = ccdk_stack_new(app, "MediaMonitoring", &(ccdk_stack_props){.account = account, .region = region});
    ccdk_cloudwatch_alarm_action *page = ccdk_cloudwatch_actions_sns_action(topic);
    ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_alarm_new(monitoring, "IndexerErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(indexer, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(3),
    });
    ccdk_cloudwatch_alarm_add_alarm_action(errors, page);
    ccdk_cloudwatch_metric *throttled = ccdk_dynamodb_table_metric_throttled_requests_for_operations(table,
        &(ccdk_dynamodb_operations_metric_options){
            .operations = CCDK_STRS("PutItem", "GetItem"),
            .metric = {.period = ccdk_duration_minutes(5)},
        });
    ccdk_cloudwatch_alarm *throttles = ccdk_cloudwatch_metric_create_alarm(throttled, monitoring, "CatalogThrottles",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(10), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_alarm_add_alarm_action(throttles, page);
    ccdk_cloudwatch_dashboard_new(monitoring, "MediaDashboard", &(ccdk_cloudwatch_dashboard_props){
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(
            ccdk_cloudwatch_graph_widget_new(monitoring, &(ccdk_cloudwatch_graph_widget_props){
                .title = "Indexer",
                .left = CCDK_LIST(ccdk_lambda_function_metric_invocations(indexer, NULL),
                                  ccdk_lambda_function_metric_errors(indexer, NULL)),
            }),
            ccdk_cloudwatch_graph_widget_new(monitoring, &(ccdk_cloudwatch_graph_widget_props){
                .title = "Backlog",
                .left = CCDK_LIST(ccdk_sqs_queue_metric_approximate_number_of_messages_visible(thumb_queue, NULL)),
            }),
            ccdk_cloudwatch_alarm_widget_new(monitoring, &(ccdk_cloudwatch_alarm_widget_props){
                .title = "Catalog throttles", .alarm = throttles}))),
    });

    ccdk_cfn_output_new(monitoring, "ErrorsAlarmArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_arn(errors)});
    ccdk_cfn_output_new(compute, "IndexerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(indexer)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
