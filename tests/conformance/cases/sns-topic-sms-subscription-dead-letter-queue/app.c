/* SmsSubscription and EmailSubscription with a deadLetterQueue: the SMS one ignores it (see app.js) */
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Alerts", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "Dlq", NULL);
    ccdk_sns_topic_add_sms_subscription(topic, "+15555550100", &(ccdk_sns_sms_subscription_props){.dead_letter_queue = dlq});
    ccdk_sns_topic_add_email_subscription(topic, "ops@example.com", &(ccdk_sns_email_subscription_props){.dead_letter_queue = dlq});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
