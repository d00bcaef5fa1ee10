/* error: fromQueueAttributes with fifo false for a queue name ending in .fifo (aws-sqs/test/sqs.test.ts: fails if fifo flag is false for fifo queue name) */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_sqs_queue_from_queue_attributes(stack, "ImportedFifoQueue", &(ccdk_sqs_queue_attributes){
        .queue_arn = "arn:aws:sqs:us-west-2:123456789012:queue1.fifo", .fifo = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
