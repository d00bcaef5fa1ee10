/* error: a filterPolicyWithMessageBody of 200 combinations (see app.js) */
#include <ccdk/sns.h>

static ccdk_sns_filter_or_policy *nested(ccdk_stack *stack, const char *name, int n)
{
    static const double values[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    ccdk_sns_filter_or_policy *f = ccdk_sns_filter_or_policy_filter(ccdk_sns_subscription_filter_numeric(stack,
        &(ccdk_sns_numeric_conditions){.allowlist = CCDK_LIST_N(values, (size_t)n)}));
    return ccdk_sns_filter_or_policy_policy(stack, (ccdk_sns_filter_or_policy_map)CCDK_LIST(((ccdk_sns_filter_or_policy_entry){name, f})));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint", .protocol = CCDK_SNS_PROTOCOL_LAMBDA, .topic = topic,
        .filter_policy_with_message_body = CCDK_LIST(((ccdk_sns_filter_or_policy_entry){"a", nested(stack, "b", 10)}),
                                                     ((ccdk_sns_filter_or_policy_entry){"c", nested(stack, "d", 5)}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
