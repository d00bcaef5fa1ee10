/* Conformance case 'error-sns-subscription-raw-delivery': see app.js. */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint",
        .protocol = CCDK_SNS_PROTOCOL_LAMBDA,
        .topic = ccdk_sns_topic_new(stack, "Topic", NULL),
        .raw_message_delivery = CCDK_TRUE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
