/* Conformance case 'sns-subscription-default-child': see app.js. */
#include <ccdk/core.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_subscription *sub = ccdk_sns_subscription_new(stack, "Sub", &(ccdk_sns_subscription_props){
        .topic = topic, .protocol = CCDK_SNS_PROTOCOL_HTTPS, .endpoint = "https://example.com/hook"});
    ccdk_cfn_resource *cfn = ccdk_sns_subscription_resource(sub);
    ccdk_value *replay = ccdk_v_object(stack);
    ccdk_v_set(replay, "PointInTime", ccdk_v_string(stack, "2026-01-01T00:00:00Z"));
    ccdk_cfn_resource_add_property_override(cfn, "ReplayPolicy", replay);
    ccdk_cfn_resource_apply_removal_policy(cfn, CCDK_REMOVAL_POLICY_RETAIN);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
