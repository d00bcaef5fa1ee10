/* SqsEventSource on imported queues (Queue.fromQueueArn, Queue.fromQueueAttributes), and an imported
 * queue as an SNS subscription's dead-letter queue. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_sqs_queue *orders = ccdk_sqs_queue_from_queue_arn(stack, "Orders", "arn:aws:sqs:eu-west-1:123456789012:orders");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(orders, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5)}));
    ccdk_sqs_queue *events = ccdk_sqs_queue_from_queue_arn(stack, "Events", "arn:aws:sqs:eu-west-1:123456789012:events.fifo");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(events, &(ccdk_lambda_sqs_event_source_props){
        .max_concurrency = CCDK_NUM(3)}));
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "QueueArn", NULL);
    ccdk_sqs_queue *by_param = ccdk_sqs_queue_from_queue_attributes(stack, "ByParam", &(ccdk_sqs_queue_attributes){
        .queue_arn = ccdk_cfn_parameter_value_as_string(param), .fifo = CCDK_TRUE});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(by_param, NULL));
    ccdk_cfn_output_new(stack, "OrdersUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(orders)});
    ccdk_cfn_output_new(stack, "ByParamUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(by_param)});
    ccdk_cfn_output_new(stack, "ByParamName", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(by_param)});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(ccdk_sns_topic_new(stack, "Topic", NULL),
        &(ccdk_lambda_sns_event_source_props){.dead_letter_queue = orders}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
