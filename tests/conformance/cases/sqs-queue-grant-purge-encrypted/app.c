/* grantPurge and grant(...actions) on encrypted queues: no key statement (see app.js) */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *function(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS, .encryption_master_key = key});
    ccdk_sqs_queue *managed = ccdk_sqs_queue_new(stack, "Managed", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS});
    ccdk_lambda_function *fn = function(stack, "Fn");
    ccdk_sqs_queue_grant_purge(queue, fn);
    ccdk_sqs_queue_grant(managed, fn, CCDK_STRS("sqs:GetQueueAttributes", "sqs:GetQueueUrl"));
    ccdk_lambda_function *other = function(stack, "Other");
    ccdk_sqs_queue_grant_purge(managed, other);
    ccdk_sqs_queue_grant_consume_messages(queue, other);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
