/* environment-encryption-kms: environmentEncryption with a kms.Key, DLQs encrypted with KMS, and an
 * SQS destination on a KMS-encrypted queue (function.test.ts, sqs.test.ts encryption tests). */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "EnvVarEncryptKey", &(ccdk_kms_key_props){.description = "sample key"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .environment = CCDK_KVS({"SOME", "Variable"}),
        .environment_encryption = key,
    });
    ccdk_lambda_function_add_alias(ccdk_lambda_function_current_version(fn), "live", NULL);

    ccdk_kms_key *dlq_key = ccdk_kms_key_new(stack, "DlqKey", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "DLQ", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS,
        .encryption_master_key = dlq_key,
        .data_key_reuse = ccdk_duration_minutes(10),
    });
    ccdk_lambda_function_new(stack, "DlqFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .dead_letter_queue = dlq,
        .dead_letter_queue_enabled = CCDK_TRUE,
    });

    ccdk_sqs_queue *dest_queue = ccdk_sqs_queue_new(stack, "DestinationQueue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS,
    });
    ccdk_lambda_function_new(stack, "DestinationFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .on_failure = ccdk_lambda_destinations_sqs_destination(dest_queue),
        .on_success = ccdk_lambda_destinations_sqs_destination(dlq),
    });

    ccdk_sqs_queue_new(stack, "KmsManaged", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED});
    ccdk_sqs_queue_new(stack, "SqsManaged", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED});
    ccdk_sqs_queue_new(stack, "Unencrypted", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_UNENCRYPTED});
    ccdk_sqs_queue_new(stack, "KeyOnly", &(ccdk_sqs_queue_props){.encryption_master_key = dlq_key});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
