/* destinations-queue-topic-bus: SQS, SNS and EventBridge destinations (destinations.test.ts 'sqs as
 * destination', 'sns as destination', 'event bus as destination'). */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_lambda_function_new(stack, "QueueFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .on_success = ccdk_lambda_destinations_sqs_destination(queue),
    });

    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_lambda_function_new(stack, "TopicFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .on_success = ccdk_lambda_destinations_sns_destination(topic),
        .on_failure = ccdk_lambda_destinations_sqs_destination(queue),
        .max_event_age = ccdk_duration_hours(2),
        .retry_attempts = CCDK_NUM(0),
    });

    ccdk_events_event_bus *event_bus = ccdk_events_event_bus_new(stack, "EventBus", NULL);
    ccdk_lambda_function_new(stack, "EventBusFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, ccdk_events_event_bus_arn(event_bus)),
    });

    ccdk_lambda_function_new(stack, "BusFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .on_success = ccdk_lambda_destinations_event_bridge_destination(
            stack, ccdk_events_event_bus_arn(ccdk_events_event_bus_from_event_bus_arn(
                       stack, "Bus", "arn:aws:events:us-east-1:123456789012:event-bus/my-bus"))),
        .on_failure = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
