/* error: a ManagedPolicy granted a named queue of another account: the queue's resource policy
 * cannot name a managed policy as its principal. */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_iam_managed_policy *mp = ccdk_iam_managed_policy_new(stack, "Policy", &(ccdk_iam_managed_policy_props){
        .managed_policy_name = "MyManagedPolicyName"});
    ccdk_stack *stack2 = ccdk_stack_new(app, "OtherAccount", &(ccdk_stack_props){.account = "5678", .region = "us-east-1"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack2, "Queue", &(ccdk_sqs_queue_props){.queue_name = "other-queue"});
    ccdk_sqs_queue_grant_send_messages(queue, mp);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
