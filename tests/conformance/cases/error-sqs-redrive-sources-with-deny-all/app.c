/* error: a redrive allow policy denyAll that names source queues (aws-sqs's Queue). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "Dlq", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
            .redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_DENY_ALL, .source_queues = CCDK_LIST(dlq)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
