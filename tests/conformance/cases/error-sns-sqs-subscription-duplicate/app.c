/* error: the same queue subscribed twice to a topic (app.js) */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Orders", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Work", NULL);
    ccdk_sns_topic_add_sqs_subscription(topic, queue, NULL);
    ccdk_sns_topic_add_sqs_subscription(topic, queue, &(ccdk_sns_sqs_subscription_props){.raw_message_delivery = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
