/* error-sqs-fifo-zero-batching-window: error: a batching window of 0 seconds on a FIFO queue's SqsEventSource (given, so checked) */
#include <ccdk/sqs.h>
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
    ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, "Q", &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(q, &(ccdk_lambda_sqs_event_source_props){
        .max_batching_window = ccdk_duration_seconds(0), }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
