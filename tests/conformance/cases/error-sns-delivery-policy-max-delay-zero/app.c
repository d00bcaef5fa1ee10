/* Conformance case 'error-sns-delivery-policy-max-delay-zero': see app.js. */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint",
        .delivery_policy = &(ccdk_sns_delivery_policy){
            .healthy_retry_policy = &(ccdk_sns_healthy_retry_policy){.min_delay_target = ccdk_duration_seconds(10), .max_delay_target = ccdk_duration_seconds(0), .num_retries = CCDK_NUM(6)},
        },
        .protocol = CCDK_SNS_PROTOCOL_HTTPS,
        .topic = topic,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
