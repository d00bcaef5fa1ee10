/* topic.addSubscription(new EmailSubscription(...)): see app.js. */
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Alerts", NULL);
    ccdk_sns_topic_add_email_subscription(topic, "ops@example.com", NULL);
    ccdk_sns_topic_add_email_subscription(topic, "robots@example.com", &(ccdk_sns_email_subscription_props){
        .json = CCDK_TRUE,
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"severity", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("high", "critical")})}),
        .dead_letter_queue = ccdk_sqs_queue_new(stack, "Undelivered", NULL),
    });
    ccdk_cfn_parameter *address = ccdk_cfn_parameter_new(stack, "OnCallAddress", NULL);
    ccdk_sns_topic_add_email_subscription(topic, ccdk_cfn_parameter_value_as_string(address), NULL);
    ccdk_sns_topic_add_email_subscription(topic, ccdk_fn_join(stack, "@", CCDK_STRS("pager", "example.com")), NULL);
    ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:111122223333:shared-alerts");
    ccdk_sns_topic_add_email_subscription(imported, "ops@example.com", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
