/* error: fromQueueAttributes with fifo true for a queue name without .fifo (aws-sqs/test/sqs.test.ts: fails if fifo flag is set for non fifo queue name) */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_sqs_queue_from_queue_attributes(stack, "ImportedStdQueue", &(ccdk_sqs_queue_attributes){
        .queue_arn = "arn:aws:sqs:us-west-2:123456789012:queue1", .fifo = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
