/* Conformance case 'events-target-sns-topic': targets.SnsTopic -- a topic granted to
 * events.amazonaws.com (its TopicPolicy), a KMS-encrypted topic published through the rule's
 * singleton EventsRole (authorizeUsingRole; encrypt on the key), a topic published through a role
 * of one's own (role alone), authorizeUsingRole false; a message from text with an event field, a
 * dead-letter queue, retries and event age; one topic the target of two rules. */
#include <stdio.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *alerts = ccdk_sns_topic_new(stack, "Alerts", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_sns_topic *secure = ccdk_sns_topic_new(stack, "Secure", &(ccdk_sns_topic_props){.master_key = key});
    ccdk_sns_topic *audit = ccdk_sns_topic_new(stack, "Audit", NULL);
    ccdk_iam_role *publisher = ccdk_iam_role_new(stack, "Publisher", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "events.amazonaws.com")});
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "Dlq", NULL);
    char text[128];
    snprintf(text, sizeof text, "tick at %s", ccdk_events_event_field_time(stack));
    ccdk_events_rule *hourly = ccdk_events_rule_new(stack, "Hourly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_hours(1)),
        .targets = CCDK_LIST(
            ccdk_events_targets_sns_topic(alerts, &(ccdk_events_sns_topic_target_props){
                .message = ccdk_events_rule_target_input_from_text(stack, text),
                .dead_letter_queue = dlq,
                .retry_attempts = CCDK_NUM(2),
                .max_event_age = ccdk_duration_hours(1)}),
            ccdk_events_targets_sns_topic(secure, &(ccdk_events_sns_topic_target_props){.authorize_using_role = CCDK_TRUE})),
    });
    ccdk_events_rule *placed = ccdk_events_rule_new(stack, "OrderPlaced", &(ccdk_events_rule_props){
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"acme.orders\"]}"),
        .targets = CCDK_LIST(
            ccdk_events_targets_sns_topic(audit, &(ccdk_events_sns_topic_target_props){.role = publisher}),
            ccdk_events_targets_sns_topic(secure, &(ccdk_events_sns_topic_target_props){.authorize_using_role = CCDK_TRUE})),
    });
    ccdk_events_rule_add_target(placed, ccdk_events_targets_sns_topic(alerts, &(ccdk_events_sns_topic_target_props){
        .authorize_using_role = CCDK_FALSE}));
    ccdk_events_rule_add_target(hourly, ccdk_events_targets_sns_topic(audit, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
