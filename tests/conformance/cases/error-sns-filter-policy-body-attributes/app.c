/* error: a filterPolicyWithMessageBody of more than 5 attribute names on an SqsSubscription (see app.js) */
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_filter_or_policy *f = ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_exists(stack));
    ccdk_sns_topic_add_sqs_subscription(topic, ccdk_sqs_queue_new(stack, "Queue", NULL), &(ccdk_sns_sqs_subscription_props){
        .filter_policy_with_message_body = CCDK_LIST(
            ((ccdk_sns_filter_or_policy_entry){"a", f}), ((ccdk_sns_filter_or_policy_entry){"b", f}),
            ((ccdk_sns_filter_or_policy_entry){"c", f}), ((ccdk_sns_filter_or_policy_entry){"d", f}),
            ((ccdk_sns_filter_or_policy_entry){"e", f}), ((ccdk_sns_filter_or_policy_entry){"f", f}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
