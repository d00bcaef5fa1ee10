/* error-kinesis-consumer-timestamp-missing: error: KinesisConsumerEventSource AT_TIMESTAMP without startingPositionTimestamp (the mapping's error) */
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "S", NULL);
    ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(stack, "C", &(ccdk_kinesis_stream_consumer_props){
        .stream = stream, .stream_consumer_name = "TheConsumer"});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_consumer_event_source(consumer, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
