/* error: an SqsSubscription of a queue encrypted with KMS_MANAGED (app.js) */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Orders", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Managed", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED});
    ccdk_sns_topic_add_sqs_subscription(topic, queue, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
