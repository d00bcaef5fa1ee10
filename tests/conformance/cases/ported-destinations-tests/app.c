/* Conformance case 'ported-destinations-tests': aws-cdk's newest destinations.test.ts literally
 * (InlineCode('foo'), NODEJS_LATEST, EventBridgeDestination(eventBus)); 'lambda payload as
 * destination' in the stack a NULL id makes ('Default'), the other tests a named stack each. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

/* lambdaProps: new lambda.InlineCode('foo'), index.handler, NODEJS_LATEST */
#define LAMBDA_PROPS(stack)                                                                        \
    .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",                \
    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_function *success = ccdk_lambda_function_new(stack, "SuccessFunction", &(ccdk_lambda_function_props){LAMBDA_PROPS(stack)});
        ccdk_lambda_function *failure = ccdk_lambda_function_new(stack, "FailureFunction", &(ccdk_lambda_function_props){LAMBDA_PROPS(stack)});
        const ccdk_lambda_destinations_lambda_destination_options response_only = {.response_only = CCDK_TRUE};
        ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            LAMBDA_PROPS(stack),
            .on_success = ccdk_lambda_destinations_lambda_destination(success, &response_only),
            .on_failure = ccdk_lambda_destinations_lambda_destination(failure, &response_only)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EventBusAsDestination", NULL);
        ccdk_events_event_bus *event_bus = ccdk_events_event_bus_new(stack, "EventBus", NULL);
        ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            LAMBDA_PROPS(stack), .on_success = ccdk_lambda_destinations_event_bridge_destination_from_bus(event_bus)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "LambdaAsDestination", NULL);
        ccdk_lambda_function *success = ccdk_lambda_function_new(stack, "SuccessFunction", &(ccdk_lambda_function_props){LAMBDA_PROPS(stack)});
        ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            LAMBDA_PROPS(stack), .on_success = ccdk_lambda_destinations_lambda_destination(success, NULL)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SnsAsDestination", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            LAMBDA_PROPS(stack), .on_success = ccdk_lambda_destinations_sns_destination(topic)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SqsAsDestination", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            LAMBDA_PROPS(stack), .on_success = ccdk_lambda_destinations_sqs_destination(queue)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "S3AsDestination", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            LAMBDA_PROPS(stack), .on_success = ccdk_lambda_destinations_s3_destination(bucket)});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
