/* error: reading queuePolicy.queuePolicyId, an attribute CloudFormation no longer has. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_policy *policy = ccdk_sqs_queue_policy_new(stack, "Policy", &(ccdk_sqs_queue_policy_props){
        .queues = CCDK_LIST(queue),
    });
    const char *id = ccdk_sqs_queue_policy_id(policy);
    if (id)
        ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = id});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
