/* error: a queue policy statement without actions, at synth (aws-sqs/test/sqs.test.ts: fails if queue policy has no actions) */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_add_to_resource_policy(queue, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
