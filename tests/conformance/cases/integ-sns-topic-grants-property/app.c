/* Conformance case 'integ-sns-topic-grants-property': aws-cdk's integ.sns-topic-grants-property.ts
 * (framework-integ/test/aws-sns); dropped: the IntegTest. topic.grants.publish(user) is
 * ccdk_sns_topic_grant_publish (TopicGrants.publish, which grantPublish calls). */
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "sns-grants-property-stack", NULL);

    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);

    ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);

    ccdk_sns_topic_grant_publish(topic, user);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
