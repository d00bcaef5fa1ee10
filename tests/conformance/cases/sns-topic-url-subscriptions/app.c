/* topic.addSubscription(new UrlSubscription(url, props)): see app.js. */
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Hooks", NULL);
    ccdk_sns_topic_add_url_subscription(topic, "https://example.com/hook", NULL);
    ccdk_sns_topic_add_url_subscription(topic, "http://example.com/plain", &(ccdk_sns_url_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"level", ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){.greater_than = CCDK_NUM(3)})}),
        .dead_letter_queue = ccdk_sqs_queue_new(stack, "Undelivered", NULL),
    });
    ccdk_cfn_parameter *endpoint = ccdk_cfn_parameter_new(stack, "Endpoint", NULL);
    ccdk_sns_topic_add_url_subscription(topic, ccdk_cfn_parameter_value_as_string(endpoint),
                                        &(ccdk_sns_url_subscription_props){.protocol = CCDK_SNS_PROTOCOL_HTTPS});
    ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:111122223333:shared");
    ccdk_sns_topic_add_url_subscription(imported, "https://example.com/hook",
                                        &(ccdk_sns_url_subscription_props){.raw_message_delivery = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
