/* Conformance case 'user-order-stream-fanout': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrderFanout", NULL);

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "EventsKey", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE,
        .alias = "alias/order-events",
        .description = "Order event topics and queues",
    });

    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Orders", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .time_to_live_attribute = "expiresAt",
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE},
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_dynamodb_table_add_global_secondary_index(table, &(ccdk_dynamodb_global_secondary_index_props){
        .index_name = "byCustomer",
        .partition_key = {"customerId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"createdAt", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY,
    });

    ccdk_sns_topic *created = ccdk_sns_topic_new(stack, "OrderCreated", &(ccdk_sns_topic_props){
        .display_name = "Order created",
        .master_key = key,
    });
    ccdk_sns_topic *status = ccdk_sns_topic_new(stack, "OrderStatus", &(ccdk_sns_topic_props){
        .topic_name = "order-status",
        .fifo = CCDK_TRUE,
        .content_based_deduplication = CCDK_TRUE,
    });

    ccdk_sqs_queue *stream_failures = ccdk_sqs_queue_new(stack, "StreamFailures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_lambda_function *fanout = ccdk_lambda_function_new(stack, "Fanout", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"batchItemFailures\": []}\n"),
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"CREATED_TOPIC_ARN", ccdk_sns_topic_arn(created)},
                                {"STATUS_TOPIC_ARN", ccdk_sns_topic_arn(status)}),
    });
    ccdk_value *inserts = ccdk_v_object(stack);
    ccdk_v_set(inserts, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_value *s = ccdk_v_object(stack);
    ccdk_v_set(s, "S", ccdk_lambda_filter_rule_not_equals(stack, "DRAFT"));
    ccdk_value *new_image = ccdk_v_object(stack);
    ccdk_v_set(new_image, "status", s);
    ccdk_value *dynamodb = ccdk_v_object(stack);
    ccdk_v_set(dynamodb, "NewImage", new_image);
    ccdk_value *modifies = ccdk_v_object(stack);
    ccdk_v_set(modifies, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "MODIFY"));
    ccdk_v_set(modifies, "dynamodb", dynamodb);
    ccdk_lambda_function_add_event_source(fanout, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(100),
        .max_batching_window = ccdk_duration_seconds(5),
        .bisect_batch_on_error = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(3),
        .max_record_age = ccdk_duration_hours(6),
        .parallelization_factor = CCDK_NUM(2),
        .report_batch_item_failures = CCDK_TRUE,
        .on_failure = ccdk_lambda_sqs_dlq(stream_failures),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, inserts),
                             ccdk_lambda_filter_criteria_filter(stack, modifies)),
    }));
    ccdk_sns_topic_grant_publish(created, fanout);
    ccdk_sns_topic_grant_publish(status, fanout);

    ccdk_sqs_queue *billing_dlq = ccdk_sqs_queue_new(stack, "BillingSubscriptionDLQ", &(ccdk_sqs_queue_props){
        .encryption_master_key = key});
    ccdk_sqs_queue *billing = ccdk_sqs_queue_new(stack, "Billing", &(ccdk_sqs_queue_props){
        .encryption_master_key = key,
        .visibility_timeout = ccdk_duration_minutes(2),
    });
    ccdk_sns_topic_add_sqs_subscription(created, billing, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
        .dead_letter_queue = billing_dlq,
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"amount", ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){
                .greater_than_or_equal_to = CCDK_NUM(1)})},
            {"channel", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("web", "mobile"), .denylist = CCDK_STRS("test")})}),
    });

    ccdk_sqs_queue *status_queue = ccdk_sqs_queue_new(stack, "StatusUpdates", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .content_based_deduplication = CCDK_TRUE,
    });
    ccdk_sns_topic_add_sqs_subscription(status, status_queue, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE});

    ccdk_lambda_function *notifier = ccdk_lambda_function_new(stack, "VipNotifier", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .reserved_concurrent_executions = CCDK_NUM(5),
    });
    ccdk_sns_topic_add_lambda_subscription(created, notifier, &(ccdk_sns_lambda_subscription_props){
        .filter_policy_with_message_body = CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
            {"customer", ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
                {"tier", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(stack,
                    &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("gold", "platinum")}))}))},
            {"total", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_numeric(stack,
                &(ccdk_sns_numeric_conditions){.greater_than = CCDK_NUM(500)}))}),
    });
    ccdk_sns_topic_add_email_subscription(created, "orders-audit@example.com", &(ccdk_sns_email_subscription_props){
        .json = CCDK_TRUE,
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry, {"priority", ccdk_sns_subscription_filter_exists(stack)}),
    });

    ccdk_cloudwatch_metric_create_alarm(
        ccdk_sns_topic_metric_number_of_notifications_failed(created, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1)}),
        stack, "CreatedDeliveryFailures", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(5),
            .datapoints_to_alarm = CCDK_NUM(3),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        });
    ccdk_cloudwatch_alarm_new(stack, "FanoutIteratorAge", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric(fanout, "IteratorAge", &(ccdk_cloudwatch_metric_options){
            .statistic = "Maximum", .period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(ccdk_duration_to_milliseconds(ccdk_duration_minutes(5))),
        .evaluation_periods = CCDK_NUM(3),
        .alarm_description = "The fan-out is falling behind the orders stream",
    });

    ccdk_cloudwatch_dashboard_new(stack, "Dashboard", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "order-fanout",
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(
            ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
                .title = "Published",
                .left = CCDK_LIST(ccdk_sns_topic_metric_number_of_messages_published(created, NULL),
                                  ccdk_sns_topic_metric_number_of_messages_published(status, NULL)),
                .right = CCDK_LIST(ccdk_lambda_function_metric_errors(fanout, NULL)),
            }),
            ccdk_cloudwatch_single_value_widget_new(stack, &(ccdk_cloudwatch_single_value_widget_props){
                .title = "Billing backlog",
                .metrics = CCDK_LIST(ccdk_sqs_queue_metric_approximate_number_of_messages_visible(billing, NULL)),
            }))),
    });

    ccdk_cfn_output_new(stack, "CreatedTopicArn", &(ccdk_cfn_output_props){
        .value = ccdk_sns_topic_arn(created), .export_name = "OrderCreatedTopicArn"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
