/* subs.test.ts 'queue subscription cross region, env agnostic': see app.js. */
#include <ccdk/sqs.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *topic_stack = ccdk_stack_new(app, "TopicStack", NULL);
    ccdk_stack *sub_stack = ccdk_stack_new(app, "QueueStack", NULL);
    ccdk_sns_topic *topic1 = ccdk_sns_topic_new(topic_stack, "Topic",
                                               &(ccdk_sns_topic_props){.topic_name = "topicName", .display_name = "displayName"});
    ccdk_sns_topic_add_sqs_subscription(topic1, ccdk_sqs_queue_new(sub_stack, "MyQueue", NULL), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
