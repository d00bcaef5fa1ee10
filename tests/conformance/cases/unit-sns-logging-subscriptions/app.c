/* aws-sns's sns.test.ts: delivery status logging, subscriptions of one's own, grantOnKey (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/sns.h>

static ccdk_iam_role *feedback_role(ccdk_stack *stack)
{
    return ccdk_iam_role_new(stack, "feedbackRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
}

static const char *produce_x(void *ctx)
{
    (void)ctx;
    return "x";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* 'specify delivery status logging configuration through construct props' */
        ccdk_stack *stack = ccdk_stack_new(app, "LoggingProps", NULL);
        ccdk_iam_role *role = feedback_role(stack);
        ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){
            .display_name = "shown",
            .logging_configs = CCDK_LIST_OF(ccdk_sns_logging_config, {
                .protocol = CCDK_SNS_LOGGING_PROTOCOL_SQS, .failure_feedback_role = role, .success_feedback_role = role,
                .success_feedback_sample_rate = CCDK_NUM(50)})});
    }
    { /* 'add delivery status logging configuration to a topic' */
        ccdk_stack *stack = ccdk_stack_new(app, "AddLogging", NULL);
        ccdk_iam_role *role = feedback_role(stack);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){
            .logging_configs = CCDK_LIST_OF(ccdk_sns_logging_config, {
                .protocol = CCDK_SNS_LOGGING_PROTOCOL_LAMBDA, .success_feedback_sample_rate = CCDK_NUM(0)})});
        ccdk_sns_topic_add_logging_config(topic, &(ccdk_sns_logging_config){
            .protocol = CCDK_SNS_LOGGING_PROTOCOL_HTTP, .failure_feedback_role = role, .success_feedback_role = role,
            .success_feedback_sample_rate = CCDK_NUM(50)});
        ccdk_sns_topic_add_logging_config(topic, &(ccdk_sns_logging_config){
            .protocol = CCDK_SNS_LOGGING_PROTOCOL_FIREHOSE, .failure_feedback_role = role});
        ccdk_sns_topic_add_logging_config(topic, &(ccdk_sns_logging_config){
            .protocol = CCDK_SNS_LOGGING_PROTOCOL_APPLICATION,
            .success_feedback_role = ccdk_iam_role_from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/feedback"),
            .success_feedback_sample_rate = CCDK_NUM(100)});
    }
    { /* subscriptions of one's own */
        ccdk_stack *stack = ccdk_stack_new(app, "A", NULL);
        ccdk_stack *stack2 = ccdk_stack_new(app, "B", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_sns_topic_add_subscription(topic, &(ccdk_sns_topic_subscription_config){
            .protocol = CCDK_SNS_PROTOCOL_HTTP, .endpoint = "http://foo/bar", .subscriber_id = "my-subscription"});
        ccdk_sns_topic_add_subscription(topic, &(ccdk_sns_topic_subscription_config){
            .protocol = CCDK_SNS_PROTOCOL_HTTP, .endpoint = "http://foo/bar", .subscriber_scope = stack2,
            .subscriber_id = "subscriberId"});
        ccdk_iam_role *dep = ccdk_iam_role_new(stack, "Dependency", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
        ccdk_sns_topic_add_subscription(topic, &(ccdk_sns_topic_subscription_config){
            .protocol = CCDK_SNS_PROTOCOL_HTTPS, .endpoint = "https://foo/bar",
            .subscriber_id = ccdk_lazy_string(stack, produce_x, NULL),
            .subscription_dependency = dep, .raw_message_delivery = CCDK_TRUE,
            .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry, {"color", ccdk_sns_subscription_filter_string(stack,
                &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("red")})})});
    }
    { /* topic.grantOnKey */
        ccdk_stack *stack = ccdk_stack_new(app, "GrantOnKey", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
        ccdk_sns_topic_grant_on_key(ccdk_sns_topic_new(stack, "Encrypted", &(ccdk_sns_topic_props){.master_key = key}),
                                    role, CCDK_STRS("kms:Decrypt", "kms:GenerateDataKey"));
        ccdk_sns_topic_grant_on_key(ccdk_sns_topic_new(stack, "Plain", NULL), role, CCDK_STRS("kms:Decrypt"));
        ccdk_sns_topic_grant_on_key(ccdk_sns_topic_from_topic_attributes(stack, "ImportedTopic", &(ccdk_sns_topic_attributes){
            .topic_arn = "arn:aws:sns:us-east-1:123456789012:mytopic",
            .key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}),
            role, CCDK_STRS("kms:Encrypt"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
