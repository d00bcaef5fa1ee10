/* Conformance case 'events-target-event-bus-kinesis': targets.EventBus -- a bus of the stack and a
 * central bus of another account imported by ARN (no mirror rule: the target names no resource),
 * through the rule's singleton EventsRole (events:PutEvents in its policy) and through a role of
 * one's own, with a dead-letter queue; targets.KinesisStream -- the stream's singleton EventsRole
 * (grantWrite; one role for two rules), a partition key path, a message from an object, retries
 * and event age. */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_events_event_bus *local = ccdk_events_event_bus_new(stack, "Local", &(ccdk_events_event_bus_props){.event_bus_name = "local-bus"});
    ccdk_events_event_bus *central = ccdk_events_event_bus_from_event_bus_arn(stack, "Central",
                                                                              "arn:aws:events:us-east-1:999999999999:event-bus/central");
    ccdk_iam_role *forwarder = ccdk_iam_role_new(stack, "Forwarder", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "events.amazonaws.com")});
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "Dlq", NULL);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Clicks", NULL);
    ccdk_events_rule_new(stack, "Orders", &(ccdk_events_rule_props){
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"acme.orders\"]}"),
        .targets = CCDK_LIST(
            ccdk_events_targets_event_bus(central, &(ccdk_events_event_bus_target_props){.dead_letter_queue = dlq}),
            ccdk_events_targets_event_bus(local, NULL),
            ccdk_events_targets_kinesis_stream(stream, &(ccdk_events_kinesis_stream_target_props){
                .partition_key_path = "$.detail.orderId"})),
    });
    ccdk_events_rule *audit = ccdk_events_rule_new(stack, "Audit", &(ccdk_events_rule_props){
        .event_bus = local,
        .event_pattern = ccdk_v_json(stack, "{\"detailType\": [\"Audit\"]}"),
        .targets = CCDK_LIST(ccdk_events_targets_event_bus(central, &(ccdk_events_event_bus_target_props){.role = forwarder})),
    });
    ccdk_value *message = ccdk_v_set(ccdk_v_object(stack), "audit",
                                     ccdk_v_string(stack, ccdk_events_event_field_from_path(stack, "$.detail")));
    ccdk_events_rule_add_target(audit, ccdk_events_targets_kinesis_stream(stream, &(ccdk_events_kinesis_stream_target_props){
        .message = ccdk_events_rule_target_input_from_object(stack, message),
        .retry_attempts = CCDK_NUM(4),
        .max_event_age = ccdk_duration_minutes(15),
        .dead_letter_queue = dlq,
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
