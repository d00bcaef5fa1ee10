/* Conformance case 'unit-sns-subscription': see app.js. */
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* create a subscription */
        ccdk_stack *stack = ccdk_stack_new(app, "CreateSubscription", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
            .endpoint = "endpoint",
            .protocol = CCDK_SNS_PROTOCOL_LAMBDA,
            .topic = topic,
        });
    }
    { /* create a subscription with DLQ when client provides DLQ */
        ccdk_stack *stack = ccdk_stack_new(app, "SubscriptionWithDlq", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_sqs_queue *dl_queue = ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
            .queue_name = "MySubscription_DLQ",
            .retention_period = ccdk_duration_days(14),
        });
        ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
            .endpoint = "endpoint",
            .protocol = CCDK_SNS_PROTOCOL_LAMBDA,
            .topic = topic,
            .dead_letter_queue = dl_queue,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
