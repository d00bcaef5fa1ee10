/* Conformance case 'unit-sns-subs-sqs': see app.js. */
#include <ccdk/kms.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "CustomKey", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED,
        .encryption_master_key = key,
    });
    ccdk_sns_topic *some_topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_topic_add_sqs_subscription(some_topic, queue, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
