/* error-kinesis-max-batching-window: error: KinesisEventSource maxBatchingWindow of 301 seconds */
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
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
        .max_batching_window = ccdk_duration_seconds(301), .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
