/* A typical app: a function consumes a queue through the SQS event source, with partial batch
 * responses; what it fails to process five times goes to a dead-letter queue, which keeps messages
 * 14 days and which a second function sends to. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrdersStack", NULL);
    ccdk_duration timeout = ccdk_duration_seconds(30);

    ccdk_sqs_queue *dead_letter_queue = ccdk_sqs_queue_new(stack, "OrdersDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .enforce_ssl = CCDK_TRUE,
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "OrdersQueue", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_seconds(6 * ccdk_duration_to_seconds(timeout)),
        .receive_message_wait_time = ccdk_duration_seconds(20),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dead_letter_queue, .max_receive_count = CCDK_NUM(5)},
        .enforce_ssl = CCDK_TRUE,
    });

    ccdk_lambda_function *processor = ccdk_lambda_function_new(stack, "Processor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .timeout = timeout,
        .environment = CCDK_KVS({"DLQ_URL", ccdk_sqs_queue_url(ccdk_sqs_queue_dead_letter_queue(queue)->queue)}),
    });
    ccdk_lambda_function_add_event_source(processor, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
        .max_batching_window = ccdk_duration_seconds(5),
        .report_batch_item_failures = CCDK_TRUE,
    }));

    /* a second function puts messages on the dead-letter queue by hand */
    ccdk_lambda_function *replayer = ccdk_lambda_function_new(stack, "Replayer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_sqs_queue_grant_send_messages(dead_letter_queue, replayer);

    ccdk_cfn_output_new(stack, "QueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    ccdk_cfn_output_new(stack, "DeadLetterQueueArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(dead_letter_queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
