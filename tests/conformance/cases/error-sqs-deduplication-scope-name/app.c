/* error: a deduplication scope makes the queue FIFO, so its name must end in '.fifo' (aws-sqs's Queue). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .queue_name = "orders",
        .deduplication_scope = CCDK_SQS_DEDUPLICATION_SCOPE_QUEUE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
