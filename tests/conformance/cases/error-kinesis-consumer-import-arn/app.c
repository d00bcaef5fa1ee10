/* error: StreamConsumer.fromStreamConsumerArn with a stream's ARN (no /consumer/<name>:<timestamp>) */
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kinesis_stream_consumer_from_stream_consumer_arn(stack, "Consumer", "arn:aws:kinesis:us-east-1:123456789012:stream/my-stream");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
