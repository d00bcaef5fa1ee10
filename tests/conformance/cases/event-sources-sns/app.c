/* SnsEventSource with a filter policy and a dead-letter queue; a filter policy on the message body. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "deadLetterQueue", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, &(ccdk_lambda_sns_event_source_props){
        .filter_policy = CCDK_LIST(
            ((ccdk_sns_filter_entry){"color", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("red", "orange"), .match_prefixes = CCDK_STRS("bl")})}),
            ((ccdk_sns_filter_entry){"size", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .denylist = CCDK_STRS("small", "medium")})}),
            ((ccdk_sns_filter_entry){"price", ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){
                .between = &(ccdk_sns_between_condition){100, 200}, .greater_than = CCDK_NUM(300)})}),
            ((ccdk_sns_filter_entry){"store", ccdk_sns_subscription_filter_exists(stack)})),
        .dead_letter_queue = dlq,
    }));

    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "BodyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_sns_topic *orders = ccdk_sns_topic_new(stack, "Orders", &(ccdk_sns_topic_props){.topic_name = "orders"});
    ccdk_lambda_function_add_event_source(fn2, ccdk_lambda_sns_event_source(orders, &(ccdk_lambda_sns_event_source_props){
        .filter_policy_with_message_body = CCDK_LIST(
            ((ccdk_sns_filter_or_policy_entry){"background", ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST(
                ((ccdk_sns_filter_or_policy_entry){"color", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(
                    stack, &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("red", "green")}))})))}),
            ((ccdk_sns_filter_or_policy_entry){"kind", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_not_exists(stack))}),
            ((ccdk_sns_filter_or_policy_entry){"amount", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_numeric(
                stack, &(ccdk_sns_numeric_conditions){.allowlist = CCDK_LIST(1.0, 2.5), .less_than_or_equal_to = CCDK_NUM(10)}))})),
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
