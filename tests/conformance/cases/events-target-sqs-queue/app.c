/* Conformance case 'events-target-sqs-queue': targets.SqsQueue -- a plain queue (the rule's ARN in
 * the grant's condition), a queue with a key of its own (aws:SourceAccount under
 * @aws-cdk/aws-events:eventsTargetQueueSameAccount, which the contexts turn on and off; encrypt on
 * the key), a FIFO queue with a message group id, a message from an object, a dead-letter queue,
 * retries and event age; one queue the target of two rules. */
#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_sqs_queue *plain = ccdk_sqs_queue_new(stack, "Plain", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_sqs_queue *encrypted = ccdk_sqs_queue_new(stack, "Encrypted", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS, .encryption_master_key = key});
    ccdk_sqs_queue *fifo = ccdk_sqs_queue_new(stack, "Orders", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE, .content_based_deduplication = CCDK_TRUE});
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "Dlq", NULL);
    ccdk_value *tick = ccdk_v_set(ccdk_v_object(stack), "kind", ccdk_v_string(stack, "tick"));
    ccdk_events_rule *hourly = ccdk_events_rule_new(stack, "Hourly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_hours(1)),
        .targets = CCDK_LIST(
            ccdk_events_targets_sqs_queue(plain, &(ccdk_events_sqs_queue_target_props){
                .message = ccdk_events_rule_target_input_from_object(stack, tick)}),
            ccdk_events_targets_sqs_queue(encrypted, &(ccdk_events_sqs_queue_target_props){
                .dead_letter_queue = dlq, .retry_attempts = CCDK_NUM(3), .max_event_age = ccdk_duration_hours(2)})),
    });
    ccdk_value *pattern = ccdk_v_json(stack, "{\"source\": [\"acme.orders\"], \"detailType\": [\"OrderPlaced\"]}");
    ccdk_events_rule_new(stack, "OrderPlaced", &(ccdk_events_rule_props){
        .event_pattern = pattern,
        .targets = CCDK_LIST(ccdk_events_targets_sqs_queue(fifo, &(ccdk_events_sqs_queue_target_props){.message_group_id = "orders"})),
    });
    ccdk_events_rule_add_target(hourly, ccdk_events_targets_sqs_queue(fifo, &(ccdk_events_sqs_queue_target_props){
        .message_group_id = "ticks", .message = ccdk_events_rule_target_input_from_text(stack, "tick")}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
