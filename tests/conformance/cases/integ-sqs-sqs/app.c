/* Conformance case 'integ-sqs-sqs': aws-cdk's integ.sqs.ts (framework-integ/test/aws-sqs); dropped: the
 * IntegTest and its getQueueAttributes assertion */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-sqs", NULL);

    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "DeadLetterQueue", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(5)},
    });
    ccdk_sqs_queue *fifo = ccdk_sqs_queue_new(stack, "FifoQueue", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .encryption_master_key = ccdk_kms_key_new(stack, "EncryptionKey", &(ccdk_kms_key_props){
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY}),
    });
    ccdk_sqs_queue *high_throughput_fifo = ccdk_sqs_queue_new(stack, "HighThroughputFifoQueue", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_MESSAGE_GROUP_ID,
        .deduplication_scope = CCDK_SQS_DEDUPLICATION_SCOPE_MESSAGE_GROUP,
    });
    ccdk_sqs_queue *kms_managed = ccdk_sqs_queue_new(stack, "kmsManagedEncryptedQueue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED,
    });
    ccdk_sqs_queue *unencrypted = ccdk_sqs_queue_new(stack, "UnencryptedQueue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_UNENCRYPTED,
    });
    ccdk_sqs_queue *ssl = ccdk_sqs_queue_new(stack, "SSLQueue", &(ccdk_sqs_queue_props){.enforce_ssl = CCDK_TRUE});

    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });

    ccdk_sqs_queue_grant_consume_messages(dlq, role);
    ccdk_sqs_queue_grant_consume_messages(queue, role);
    ccdk_sqs_queue_grant_consume_messages(fifo, role);
    ccdk_sqs_queue_grant_consume_messages(high_throughput_fifo, role);
    ccdk_sqs_queue_grant_consume_messages(kms_managed, role);
    ccdk_sqs_queue_grant_consume_messages(unencrypted, role);
    ccdk_sqs_queue_grant_consume_messages(ssl, role);

    ccdk_cfn_output_new(stack, "QueueUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
