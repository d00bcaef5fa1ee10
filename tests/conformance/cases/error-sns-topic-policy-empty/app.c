/* error: a TopicPolicy given no statements: CfnTopicPolicy's policyDocument is required. */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_topic_policy_new(stack, "Policy", &(ccdk_sns_topic_policy_props){.topics = CCDK_LIST(topic)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
