/* error-kinesis-retry-attempts-low: error: KinesisEventSource retryAttempts -2 (-1 is infinite in aws-cdk-lib 2.276.0) */
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
        .retry_attempts = CCDK_NUM(-2), .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
