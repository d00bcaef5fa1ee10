/* Conformance case 'user-order-fanout': see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrderFanout", NULL);

    ccdk_sns_topic *order_events = ccdk_sns_topic_new(stack, "OrderEvents", &(ccdk_sns_topic_props){
        .display_name = "Order events",
    });
    ccdk_sns_topic *ops_alerts = ccdk_sns_topic_new(stack, "OpsAlerts", NULL);
    ccdk_sns_topic_add_email_subscription(ops_alerts, "oncall@example.com", NULL);
    ccdk_events_event_bus *domain_bus = ccdk_events_event_bus_new(stack, "DomainBus", &(ccdk_events_event_bus_props){
        .event_bus_name = "orders-domain",
    });

    /* queues */
    ccdk_sqs_queue *billing = ccdk_sqs_queue_new(stack, "BillingQueue", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(2),
    });
    ccdk_sns_topic_add_sqs_subscription(order_events, billing, &(ccdk_sns_sqs_subscription_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"eventType", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("order.placed", "order.refunded")})},
            {"amount", ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){
                .greater_than_or_equal_to = CCDK_NUM(10)})}),
    });
    ccdk_sqs_queue *analytics_dlq = ccdk_sqs_queue_new(stack, "AnalyticsSubscriptionDlq", NULL);
    ccdk_sqs_queue *analytics = ccdk_sqs_queue_new(stack, "AnalyticsQueue", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(7),
    });
    ccdk_sns_topic_add_sqs_subscription(order_events, analytics, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
        .dead_letter_queue = analytics_dlq,
    });
    ccdk_sqs_queue *failed_invocations = ccdk_sqs_queue_new(stack, "FailedInvocations", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });

    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "handlers", NULL);

    /* a reviewer that receives fraud results */
    ccdk_lambda_function *review = ccdk_lambda_function_new(stack, "FraudReview", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.review",
        .code = code,
    });

    /* the notifier */
    ccdk_lambda_function *notifier = ccdk_lambda_function_new(stack, "Notifier", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.notify",
        .code = code,
        .timeout = ccdk_duration_seconds(20),
    });
    ccdk_sns_topic_add_lambda_subscription(order_events, notifier, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"region", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .denylist = CCDK_STRS("test"), .match_prefixes = CCDK_STRS("eu-", "us-")})},
            {"customerEmail", ccdk_sns_subscription_filter_exists(stack)}),
    });
    ccdk_lambda_function_configure_async_invoke(notifier, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, ccdk_events_event_bus_arn(domain_bus)),
        .on_failure = ccdk_lambda_destinations_sns_destination(ops_alerts),
        .retry_attempts = CCDK_NUM(0),
        .max_event_age = ccdk_duration_hours(1),
    });

    /* the fraud check */
    ccdk_lambda_function *fraud = ccdk_lambda_function_new(stack, "FraudCheck", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.fraud",
        .code = code,
        .memory_size = CCDK_NUM(256),
        .retry_attempts = CCDK_NUM(1),
        .max_event_age = ccdk_duration_minutes(30),
        .on_success = ccdk_lambda_destinations_lambda_destination(review,
            &(ccdk_lambda_destinations_lambda_destination_options){.response_only = CCDK_TRUE}),
        .on_failure = ccdk_lambda_destinations_sqs_destination(failed_invocations),
    });
    ccdk_sns_topic_add_lambda_subscription(order_events, fraud, &(ccdk_sns_lambda_subscription_props){
        .filter_policy_with_message_body = CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
            {"order", ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
                {"amount", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_numeric(stack,
                    &(ccdk_sns_numeric_conditions){.greater_than = CCDK_NUM(500)}))},
                {"currency", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(stack,
                    &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("EUR", "USD")}))}))}),
    });

    /* the inventory updater's live alias */
    ccdk_lambda_function *inventory = ccdk_lambda_function_new(stack, "InventoryUpdater", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.inventory",
        .code = code,
    });
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(inventory, "live", &(ccdk_lambda_alias_options){
        .retry_attempts = CCDK_NUM(2),
        .max_event_age = ccdk_duration_hours(6),
        .on_failure = ccdk_lambda_destinations_lambda_destination(review, NULL),
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
    });
    ccdk_sns_topic_add_lambda_subscription(order_events, live, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"eventType", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("order.placed")})}),
    });

    ccdk_cfn_output_new(stack, "TopicArn", &(ccdk_cfn_output_props){.value = ccdk_sns_topic_arn(order_events)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
