/* error: deliveryPolicy throttlePolicy maxReceivesPerSecond 0 (subscription.test.ts: throws an error when throttlePolicy < 1) */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint",
        .delivery_policy = &(ccdk_sns_delivery_policy){
            .throttle_policy = &(ccdk_sns_throttle_policy){.max_receives_per_second = CCDK_NUM(0)},
        },
        .protocol = CCDK_SNS_PROTOCOL_HTTPS,
        .topic = topic,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
