/* Conformance case 'error-events-target-sns-topic-role-without-authorize': targets.SnsTopic with a
 * role and authorizeUsingRole false: aws-cdk-lib's error when the target is bound to a rule. */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "events.amazonaws.com")});
    ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_hours(1)),
        .targets = CCDK_LIST(ccdk_events_targets_sns_topic(topic, &(ccdk_events_sns_topic_target_props){
            .role = role, .authorize_using_role = CCDK_FALSE})),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
