/* error: two UrlSubscriptions of one URL on a topic (see app.js) */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Orders", NULL);
    ccdk_sns_topic_add_url_subscription(topic, "https://example.com/hook", NULL);
    ccdk_sns_topic_add_url_subscription(topic, "https://example.com/hook",
                                        &(ccdk_sns_url_subscription_props){.raw_message_delivery = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
