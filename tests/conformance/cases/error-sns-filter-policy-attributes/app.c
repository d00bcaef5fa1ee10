/* error: a filterPolicy of more than 5 attribute names (see app.js) */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_subscription_filter *cond = ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){0});
    ccdk_sns_subscription_new(stack, "Subscription", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint", .protocol = CCDK_SNS_PROTOCOL_LAMBDA, .topic = topic,
        .filter_policy = CCDK_LIST(((ccdk_sns_filter_entry){"a", cond}), ((ccdk_sns_filter_entry){"b", cond}),
                                   ((ccdk_sns_filter_entry){"c", cond}), ((ccdk_sns_filter_entry){"d", cond}),
                                   ((ccdk_sns_filter_entry){"e", cond}), ((ccdk_sns_filter_entry){"f", cond}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
