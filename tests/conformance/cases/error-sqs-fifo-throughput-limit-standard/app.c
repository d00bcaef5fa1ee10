/* error: a FIFO throughput limit on a queue that is said not to be FIFO (aws-sqs's Queue). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .fifo = CCDK_FALSE,
        .fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_MESSAGE_GROUP_ID,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
