/* Conformance case 'integ-sns-topic-grant-subscribe': aws-cdk's integ.sns-topic-grant-subscribe.ts
 * (framework-integ/test/aws-sns); dropped: the IntegTest */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "sns-grant-subscribe-stack", NULL);

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "CustomKey", &(ccdk_kms_key_props){
        .pending_window = ccdk_duration_days(7),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){.master_key = key});

    ccdk_iam_user *user = ccdk_iam_user_new(stack, "MyUser", NULL);

    ccdk_sns_topic_grant_subscribe(topic, user);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
