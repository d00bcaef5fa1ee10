/* error: Topic.fromTopicAttributes with contentBasedDeduplication on a topic that is not FIFO (aws-sns/test/sns.test.ts) */
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic_from_topic_attributes(stack, "Imported", &(ccdk_sns_topic_attributes){
        .topic_arn = "arn:aws:sns:*:123456789012:mytopic", .content_based_deduplication = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
