/* Conformance case 'integ-sqs-source-queue-permission': aws-cdk's integ.sqs-source-queue-permission.ts
 * (framework-integ/test/aws-sqs); dropped: the IntegTest */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-sqs", NULL);

    ccdk_sqs_queue *source_queue1 = ccdk_sqs_queue_new(stack, "SourceQueue1", NULL);
    ccdk_sqs_queue *source_queue2 = ccdk_sqs_queue_new(stack, "SourceQueue2", NULL);

    ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
        .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){
            .source_queues = CCDK_LIST(source_queue1, source_queue2),
            .redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_BY_QUEUE,
        },
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
