/* KinesisConsumerEventSource through a StreamConsumer. */
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
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
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", &(ccdk_kinesis_stream_props){.shard_count = CCDK_NUM(2)});
    ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(stack, "Consumer", &(ccdk_kinesis_stream_consumer_props){
        .stream = stream, .stream_consumer_name = "fan-out"});
    ccdk_lambda_event_source *source = ccdk_lambda_kinesis_consumer_event_source(consumer, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(500),
        .max_batching_window = ccdk_duration_seconds(5),
        .report_batch_item_failures = CCDK_TRUE,
        .on_failure = ccdk_lambda_sqs_dlq(ccdk_sqs_queue_new(stack, "Failures", NULL)),
    });
    ccdk_lambda_function_add_event_source(fn, source);
    ccdk_cfn_output_new(stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
    ccdk_cfn_output_new(stack, "ConsumerName", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_consumer_name(consumer)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
