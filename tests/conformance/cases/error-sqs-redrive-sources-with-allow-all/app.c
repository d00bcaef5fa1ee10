/* error: a redrive allow policy allowAll that names a source queue (aws-sqs/test/sqs.test.ts: throw if dead letter source queues are specified with allowAll permission) */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *source1 = ccdk_sqs_queue_new(stack, "SourceQueue1", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
            .source_queues = CCDK_LIST(source1), .redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_ALLOW_ALL}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
