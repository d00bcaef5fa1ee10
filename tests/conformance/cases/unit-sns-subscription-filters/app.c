/* Conformance case 'unit-sns-subscription-filters': SubscriptionFilter's four kinds in filterPolicy
 * and filterPolicyWithMessageBody, on a Subscription, a LambdaSubscription and an SqsSubscription
 * (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static void subscription(ccdk_app *app, const char *name, ccdk_sns_filter_policy policy, ccdk_sns_filter_or_policy_map body)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint", .protocol = CCDK_SNS_PROTOCOL_LAMBDA, .topic = topic,
        .filter_policy = policy, .filter_policy_with_message_body = body});
}

#define ENTRY(name, filter) ((ccdk_sns_filter_entry){name, filter})
#define BODY(name, value) ((ccdk_sns_filter_or_policy_entry){name, value})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_sns_filter_or_policy_map no_body = {0};
    ccdk_sns_filter_policy no_policy = {0};
    subscription(app, "FilterPolicy", (ccdk_sns_filter_policy)CCDK_LIST(
        ENTRY("color", ccdk_sns_subscription_filter_string(app, &(ccdk_sns_string_conditions){
            .allowlist = CCDK_STRS("red", "green"),
            .denylist = CCDK_STRS("white", "orange"),
            .match_prefixes = CCDK_STRS("bl", "ye"),
            .match_suffixes = CCDK_STRS("ue", "ow")})),
        ENTRY("price", ccdk_sns_subscription_filter_numeric(app, &(ccdk_sns_numeric_conditions){
            .allowlist = CCDK_LIST(100.0, 200.0),
            .between = &(ccdk_sns_between_condition){300, 350},
            .greater_than = CCDK_NUM(500),
            .less_than = CCDK_NUM(1000),
            .between_strict = &(ccdk_sns_between_condition){2000, 3000},
            .greater_than_or_equal_to = CCDK_NUM(1000),
            .less_than_or_equal_to = CCDK_NUM(-2)}))), no_body);
    subscription(app, "MessageBody", no_policy, (ccdk_sns_filter_or_policy_map)CCDK_LIST(
        BODY("background", ccdk_sns_filter_or_policy_policy(app, (ccdk_sns_filter_or_policy_map)CCDK_LIST(
            BODY("color", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(app, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("red", "green"), .denylist = CCDK_STRS("white", "orange")})))))),
        BODY("price", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_numeric(app, &(ccdk_sns_numeric_conditions){
            .allowlist = CCDK_LIST(100.0, 200.0),
            .between = &(ccdk_sns_between_condition){300, 350},
            .greater_than = CCDK_NUM(500),
            .less_than = CCDK_NUM(1000),
            .between_strict = &(ccdk_sns_between_condition){2000, 3000}})))));
    subscription(app, "NumericZero", (ccdk_sns_filter_policy)CCDK_LIST(
        ENTRY("price", ccdk_sns_subscription_filter_numeric(app, &(ccdk_sns_numeric_conditions){
            .greater_than = CCDK_NUM(0), .greater_than_or_equal_to = CCDK_NUM(0),
            .less_than = CCDK_NUM(0), .less_than_or_equal_to = CCDK_NUM(0)}))), no_body);
    subscription(app, "Exists", (ccdk_sns_filter_policy)CCDK_LIST(
        ENTRY("size", ccdk_sns_subscription_filter_exists(app)),
        ENTRY("weight", ccdk_sns_subscription_filter_not_exists(app)),
        ENTRY("empty", ccdk_sns_subscription_filter_string(app, &(ccdk_sns_string_conditions){0})),
        ENTRY("fraction", ccdk_sns_subscription_filter_numeric(app, &(ccdk_sns_numeric_conditions){
            .allowlist = CCDK_LIST(0.5, -1.25, 1e21)}))), no_body);

    ccdk_stack *stack = ccdk_stack_new(app, "Targets", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;")});
    ccdk_sns_topic_add_lambda_subscription(topic, fn, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST(
            ENTRY("color", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("red"), .match_prefixes = CCDK_STRS("bl")})),
            ENTRY("size", ccdk_sns_subscription_filter_not_exists(stack)))});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sns_topic_add_sqs_subscription(topic, queue, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
        .filter_policy_with_message_body = CCDK_LIST(
            BODY("order", ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST(
                BODY("price", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){
                    .between_strict = &(ccdk_sns_between_condition){0, 10}}))),
                BODY("store", ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST(
                    BODY("region", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                        .denylist = CCDK_STRS("eu"), .match_suffixes = CCDK_STRS("-1")}))))))))),
            BODY("tracked", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_exists(stack))))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
