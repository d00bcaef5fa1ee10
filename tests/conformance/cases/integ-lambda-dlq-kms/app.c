/* Conformance case 'integ-lambda-dlq-kms': aws-lambda test/integ.lambda-dlq-kms.ts (dead-letter
 * queue and topic encrypted with customer managed keys). STANDARD_NODEJS_RUNTIME (test/config.ts) is
 * Runtime.NODEJS_18_X. Dropped: the IntegTest. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#define STANDARD_NODEJS_RUNTIME CCDK_LAMBDA_RUNTIME_NODEJS_18_X
#define CODE "exports.handler = async () => { throw new Error(\"fail\"); };"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-dlq-kms", NULL);

    ccdk_kms_key *queue_key = ccdk_kms_key_new(stack, "QueueKey", &(ccdk_kms_key_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_sqs_queue *dead_letter_queue = ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS,
        .encryption_master_key = queue_key,
    });
    ccdk_lambda_function_new(stack, "FunctionWithEncryptedQueue", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = STANDARD_NODEJS_RUNTIME,
        .dead_letter_queue = dead_letter_queue,
    });

    ccdk_kms_key *topic_key = ccdk_kms_key_new(stack, "TopicKey", &(ccdk_kms_key_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_sns_topic *dead_letter_topic = ccdk_sns_topic_new(stack, "DeadLetterTopic", &(ccdk_sns_topic_props){
        .master_key = topic_key,
    });
    ccdk_lambda_function_new(stack, "FunctionWithEncryptedTopic", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = STANDARD_NODEJS_RUNTIME,
        .dead_letter_topic = dead_letter_topic,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
