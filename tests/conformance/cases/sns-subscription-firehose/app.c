/* Conformance case 'sns-subscription-firehose': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
    });
    const char *stream_arn = ccdk_stack_format_arn(stack, "firehose", "deliverystream", NULL, "stream");
    ccdk_sns_subscription_new(stack, "Firehose", &(ccdk_sns_subscription_props){
        .topic = topic,
        .protocol = CCDK_SNS_PROTOCOL_FIREHOSE,
        .endpoint = stream_arn,
        .subscription_role_arn = ccdk_iam_role_arn(role),
        .raw_message_delivery = CCDK_TRUE,
    });
    ccdk_sns_topic_add_subscription(topic, &(ccdk_sns_topic_subscription_config){
        .subscriber_id = "Stream",
        .protocol = CCDK_SNS_PROTOCOL_FIREHOSE,
        .endpoint = "arn:aws:firehose:us-east-1:111111111111:deliverystream/other",
        .subscription_role_arn = "arn:aws:iam::111111111111:role/sns-firehose",
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sns_subscription_new(stack, "Sqs", &(ccdk_sns_subscription_props){
        .topic = topic,
        .protocol = CCDK_SNS_PROTOCOL_SQS,
        .endpoint = ccdk_sqs_queue_arn(queue),
        .subscription_role_arn = ccdk_iam_role_arn(role),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
