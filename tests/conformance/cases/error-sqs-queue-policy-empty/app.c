/* error: a QueuePolicy given no statements: CfnQueuePolicy's policyDocument is required. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_policy_new(stack, "Policy", &(ccdk_sqs_queue_policy_props){.queues = CCDK_LIST(queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
