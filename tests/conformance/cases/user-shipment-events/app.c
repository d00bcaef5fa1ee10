/* Conformance case 'user-shipment-events': carrier events routed across stacks to a topic, a
 * stream and a function (see app.js). */
#include <ccdk/events.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *core = ccdk_stack_new(app, "Core", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(core, "ShipmentTopic", &(ccdk_sns_topic_props){.display_name = "Shipments"});
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(core, "TrackingStream", &(ccdk_kinesis_stream_props){.shard_count = CCDK_NUM(2)});

    ccdk_stack *tracking = ccdk_stack_new(app, "Tracking", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(tracking, "RuleDlq", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(tracking, "Enricher", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(tracking, "exports.handler = async (e) => e;"),
    });
    ccdk_events_rule_new(tracking, "CarrierEvents", &(ccdk_events_rule_props){
        .event_pattern = ccdk_v_json(tracking, "{\"source\": [\"acme.carrier\"], \"detailType\": [\"ShipmentScanned\", \"ShipmentDelivered\"]}"),
        .targets = CCDK_LIST(
            ccdk_events_targets_sns_topic(topic, NULL),
            ccdk_events_targets_kinesis_stream(stream, &(ccdk_events_kinesis_stream_target_props){.partition_key_path = "$.detail.shipmentId"}),
            ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
                .dead_letter_queue = dlq, .retry_attempts = CCDK_NUM(2), .max_event_age = ccdk_duration_hours(1)})),
    });
    ccdk_events_rule_new(tracking, "Delays", &(ccdk_events_rule_props){
        .event_pattern = ccdk_v_json(tracking, "{\"source\": [\"acme.carrier\"], \"detailType\": [\"ShipmentDelayed\"]}"),
        .targets = CCDK_LIST(ccdk_events_targets_sns_topic(topic, &(ccdk_events_sns_topic_target_props){
            .authorize_using_role = CCDK_TRUE, .message = ccdk_events_rule_target_input_from_text(tracking, "delayed")})),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
