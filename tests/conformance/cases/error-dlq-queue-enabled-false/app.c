/* Error: a deadLetterQueue with deadLetterQueueEnabled false (aws-lambda/test/function.test.ts 'error when default function with SQS DLQ when client provides Queue to be used as DLQ and deadLetterQueueEnabled set to false'). */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_sqs_queue *dl_queue = ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
        .queue_name = "MyLambda_DLQ", .retention_period = ccdk_duration_days(14)});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .dead_letter_queue_enabled = CCDK_FALSE, .dead_letter_queue = dl_queue});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
