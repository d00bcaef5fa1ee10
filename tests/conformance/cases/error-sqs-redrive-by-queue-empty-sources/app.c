/* error: a redrive allow policy byQueue with an empty sourceQueues array (aws-sqs/test/sqs.test.ts: throw if sourceQueues is blank array when redrivePermission is byQueue) */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
            .source_queues = CCDK_EMPTY_LIST, .redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
