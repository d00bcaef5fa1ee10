/* aws-sns-subscriptions' subs.test.ts, a stack per test: see app.js. */
#include <stdio.h>

#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_app *app;

static ccdk_sns_topic *setup(const char *id, ccdk_stack **stack)
{
    *stack = ccdk_stack_new(app, id, NULL);
    return ccdk_sns_topic_new(*stack, "MyTopic",
                              &(ccdk_sns_topic_props){.topic_name = "topicName", .display_name = "displayName"});
}

static ccdk_lambda_function *fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyFunc", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = function(e, c, cb) { return cb() }"),
    });
}

static ccdk_sqs_queue *dlq(ccdk_stack *stack)
{
    return ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
        .queue_name = "MySubscription_DLQ", .retention_period = ccdk_duration_days(14)});
}

/* Token.asString({ Ref: name }) */
static const char *ref_token(ccdk_stack *stack, const char *name)
{
    return ccdk_token_as_string(ccdk_v_set(ccdk_v_object(stack), "Ref", ccdk_v_string(stack, name)));
}

int main(void)
{
    app = ccdk_app_new(NULL);
    ccdk_stack *stack;
    ccdk_sns_topic *topic;
    static const ccdk_sns_url_subscription_props https = {.protocol = CCDK_SNS_PROTOCOL_HTTPS};

    topic = setup("Url", &stack);
    ccdk_sns_topic_add_url_subscription(topic, "https://foobar.com/", NULL);

    topic = setup("UrlDlq", &stack);
    ccdk_sns_topic_add_url_subscription(topic, "https://foobar.com/",
                                        &(ccdk_sns_url_subscription_props){.dead_letter_queue = dlq(stack)});

    topic = setup("UrlRaw", &stack);
    ccdk_sns_topic_add_url_subscription(topic, "https://foobar.com/",
                                        &(ccdk_sns_url_subscription_props){.raw_message_delivery = CCDK_TRUE});

    topic = setup("UrlToken", &stack);
    ccdk_sns_topic_add_url_subscription(topic, ref_token(stack, "my-url-1"), &https);

    topic = setup("UrlTwoTokens", &stack);
    ccdk_sns_topic_add_url_subscription(topic, ref_token(stack, "my-url-1"), &https);
    ccdk_sns_topic_add_url_subscription(topic, ref_token(stack, "my-url-2"), &https);

    topic = setup("Queue", &stack);
    ccdk_sns_topic_add_sqs_subscription(topic, ccdk_sqs_queue_new(stack, "MyQueue", NULL), NULL);

    topic = setup("QueueDlq", &stack);
    {
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", NULL);
        ccdk_sns_topic_add_sqs_subscription(topic, queue, &(ccdk_sns_sqs_subscription_props){.dead_letter_queue = dlq(stack)});
    }

    topic = setup("QueueRaw", &stack);
    ccdk_sns_topic_add_sqs_subscription(topic, ccdk_sqs_queue_new(stack, "MyQueue", NULL),
                                        &(ccdk_sns_sqs_subscription_props){.raw_message_delivery = CCDK_TRUE});

    topic = setup("QueueEncrypted", &stack);
    {
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", &(ccdk_sqs_queue_props){
            .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS, .encryption_master_key = key});
        ccdk_sns_topic_add_sqs_subscription(topic, queue, NULL);
    }

    static const char *const restrict_ids[] = {"RestrictOff", "RestrictOn"};
    for (int i = 0; i < 2; i++) {
        stack = ccdk_stack_new(app, restrict_ids[i], NULL);
        ccdk_node_set_context(stack, "@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption", i ? "true" : "false");
        topic = ccdk_sns_topic_new(stack, "MyTopic",
                                   &(ccdk_sns_topic_props){.topic_name = "topicName", .display_name = "displayName"});
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", &(ccdk_sqs_queue_props){.encryption_master_key = key});
        ccdk_sns_topic_add_sqs_subscription(topic, queue, NULL);
    }

    topic = setup("ImportedQueue", &stack);
    ccdk_sns_topic_add_sqs_subscription(
        topic, ccdk_sqs_queue_from_queue_arn(stack, "Queue", "arn:aws:sqs:us-east-1:123456789012:queue1"), NULL);

    topic = setup("Lambda", &stack);
    ccdk_sns_topic_add_lambda_subscription(topic, fn(stack), NULL);

    topic = setup("Email", &stack);
    ccdk_sns_topic_add_email_subscription(topic, "foo@bar.com", NULL);

    topic = setup("EmailToken", &stack);
    ccdk_sns_topic_add_email_subscription(topic, ref_token(stack, "my-email-1"), NULL);

    topic = setup("EmailUrlTokens", &stack);
    ccdk_sns_topic_add_email_subscription(topic, ref_token(stack, "my-email-1"), NULL);
    ccdk_sns_topic_add_url_subscription(topic, ref_token(stack, "my-url-1"), &https);

    topic = setup("FourEmailTokens", &stack);
    for (int n = 1; n <= 4; n++) {
        char name[16];
        snprintf(name, sizeof name, "my-email-%d", n);
        ccdk_sns_topic_add_email_subscription(topic, ref_token(stack, name), NULL);
    }

    topic = setup("Multiple", &stack);
    {
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", NULL);
        ccdk_lambda_function *func = fn(stack);
        ccdk_sns_topic_add_sqs_subscription(topic, queue, NULL);
        ccdk_sns_topic_add_lambda_subscription(topic, func, NULL);
    }

    topic = setup("FilterPolicy", &stack);
    ccdk_sns_topic_add_lambda_subscription(topic, fn(stack), &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"color", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                          .allowlist = CCDK_STRS("red"), .match_prefixes = CCDK_STRS("bl", "ye")})},
            {"size", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                         .denylist = CCDK_STRS("small", "medium")})},
            {"price", ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){
                          .between = &(ccdk_sns_between_condition){100, 200}})}),
    });

    topic = setup("FilterPolicyBody", &stack);
    ccdk_sns_topic_add_lambda_subscription(topic, fn(stack), &(ccdk_sns_lambda_subscription_props){
        .filter_policy_with_message_body = CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
            {"color", ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST_OF(ccdk_sns_filter_or_policy_entry,
                {"background", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(stack,
                    &(ccdk_sns_string_conditions){.allowlist = CCDK_STRS("red"), .match_prefixes = CCDK_STRS("bl", "ye")}))}))},
            {"size", ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_string(stack,
                &(ccdk_sns_string_conditions){.denylist = CCDK_STRS("small", "medium")}))}),
    });

    topic = setup("RegionImportedSqs", &stack);
    {
        ccdk_sns_topic *imported =
            ccdk_sns_topic_from_topic_arn(stack, "mytopic", "arn:aws:sns:us-east-1:1234567890:mytopic");
        ccdk_sns_topic_add_sqs_subscription(imported, ccdk_sqs_queue_new(stack, "myqueue", NULL), NULL);
    }

    topic = setup("RegionParameterSqs", &stack);
    {
        ccdk_cfn_parameter *arn = ccdk_cfn_parameter_new(stack, "topicArn", NULL);
        ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "mytopic", ccdk_cfn_parameter_value_as_string(arn));
        ccdk_sns_topic_add_sqs_subscription(imported, ccdk_sqs_queue_new(stack, "myqueue", NULL), NULL);
    }

    topic = setup("RegionImportedLambda", &stack);
    {
        ccdk_sns_topic *imported =
            ccdk_sns_topic_from_topic_arn(stack, "mytopic", "arn:aws:sns:us-east-1:1234567890:mytopic");
        ccdk_sns_topic_add_lambda_subscription(imported, fn(stack), NULL);
    }

    topic = setup("RegionParameterLambda", &stack);
    {
        ccdk_cfn_parameter *arn = ccdk_cfn_parameter_new(stack, "topicArn", NULL);
        ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "mytopic", ccdk_cfn_parameter_value_as_string(arn));
        ccdk_sns_topic_add_lambda_subscription(imported, fn(stack), NULL);
    }

    topic = setup("Sms", &stack);
    ccdk_sns_topic_add_sms_subscription(topic, "+15551231234", NULL);

    topic = setup("SmsToken", &stack);
    ccdk_sns_topic_add_sms_subscription(topic, ref_token(stack, "my-sms-1"), NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
