/* topic.addSubscription(new SqsSubscription(queue, props)): see app.js. */
#include <ccdk/kms.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Orders", NULL);
    ccdk_sns_topic_add_sqs_subscription(topic, ccdk_sqs_queue_new(stack, "Work", NULL), NULL);
    ccdk_sqs_queue *raw = ccdk_sqs_queue_new(stack, "Raw", NULL);
    ccdk_sns_topic_add_sqs_subscription(topic, raw, &(ccdk_sns_sqs_subscription_props){
        .raw_message_delivery = CCDK_TRUE,
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry, {"kind", ccdk_sns_subscription_filter_exists(stack)}),
        .dead_letter_queue = ccdk_sqs_queue_new(stack, "Undelivered", NULL),
    });
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_sqs_queue *encrypted = ccdk_sqs_queue_new(stack, "Encrypted", &(ccdk_sqs_queue_props){.encryption_master_key = key});
    ccdk_sns_topic_add_sqs_subscription(topic, encrypted, &(ccdk_sns_sqs_subscription_props){.raw_message_delivery = CCDK_FALSE});
    ccdk_sqs_queue *own_key = ccdk_sqs_queue_new(stack, "OwnKey", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS});
    ccdk_sns_topic_add_sqs_subscription(topic, own_key, NULL);
    ccdk_sqs_queue *imported = ccdk_sqs_queue_from_queue_arn(stack, "Existing", "arn:aws:sqs:us-east-1:123456789012:existing");
    ccdk_sns_topic_add_sqs_subscription(topic, imported, NULL);

    ccdk_stack *queue_stack = ccdk_stack_new(app, "QueueStack", NULL);
    ccdk_sns_topic_add_sqs_subscription(topic, ccdk_sqs_queue_new(queue_stack, "Remote", NULL), NULL);

    ccdk_stack *east = ccdk_stack_new(app, "EastStack", &(ccdk_stack_props){.account = "111122223333", .region = "us-east-1"});
    ccdk_sns_topic *hk = ccdk_sns_topic_from_topic_arn(east, "HongKong", "arn:aws:sns:ap-east-1:111122223333:hk-orders");
    ccdk_sns_topic_add_sqs_subscription(hk, ccdk_sqs_queue_new(east, "Inbox", NULL), NULL);
    ccdk_sns_topic *same = ccdk_sns_topic_from_topic_arn(east, "Virginia", "arn:aws:sns:us-east-1:111122223333:orders");
    ccdk_sns_topic_add_sqs_subscription(same, ccdk_sqs_queue_new(east, "Local", NULL), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
