/* topic.addSubscription(new LambdaSubscription(fn, props)): see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *function(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Orders", NULL);
    ccdk_lambda_function *fn = function(stack, "Handler");
    ccdk_sns_topic_add_lambda_subscription(topic, fn, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"color", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("red"), .match_prefixes = CCDK_STRS("bl")})},
            {"size", ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){
                .between = &(ccdk_sns_between_condition){1, 10}})}),
        .dead_letter_queue = ccdk_sqs_queue_new(stack, "Undelivered", NULL),
    });
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live", .version = ccdk_lambda_function_current_version(fn)});
    ccdk_sns_topic_add_lambda_subscription(topic, alias, &(ccdk_sns_lambda_subscription_props){
        .filter_policy_with_message_body = CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
            {"order", ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
                {"state", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(stack,
                    &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("paid")}))}))}),
    });
    ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "Shared", "arn:aws:sns:eu-west-1:111122223333:shared");
    ccdk_sns_topic_add_lambda_subscription(imported, fn, NULL);
    ccdk_lambda_function *imported_fn =
        ccdk_lambda_function_from_function_arn(stack, "Existing", "arn:aws:lambda:us-east-1:123456789012:function:existing");
    ccdk_sns_topic_add_lambda_subscription(topic, imported_fn, NULL);

    ccdk_stack *topic_stack = ccdk_stack_new(app, "TopicStack", NULL);
    ccdk_sns_topic *other = ccdk_sns_topic_new(topic_stack, "Events", NULL);
    ccdk_stack *consumer_stack = ccdk_stack_new(app, "ConsumerStack", NULL);
    ccdk_sns_topic_add_lambda_subscription(other, function(consumer_stack, "Consumer"), NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
