/* Queue.grantOnKey on queues with and without a key (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_sqs_queue_grant_on_key(ccdk_sqs_queue_new(stack, "Made", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS}),
                                role, CCDK_STRS("kms:Decrypt"));
    ccdk_sqs_queue *given = ccdk_sqs_queue_new(stack, "Given", &(ccdk_sqs_queue_props){
        .encryption_master_key = ccdk_kms_key_new(stack, "Key", NULL)});
    ccdk_sqs_queue_grant_on_key(given, ccdk_iam_user_new(stack, "User", NULL), CCDK_STRS("kms:Encrypt", "kms:GenerateDataKey*"));
    ccdk_sqs_queue_grant_on_key(ccdk_sqs_queue_from_queue_attributes(stack, "Imported", &(ccdk_sqs_queue_attributes){
                                    .queue_arn = "arn:aws:sqs:us-east-1:123456789012:imported",
                                    .key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"}),
                                role, CCDK_STRS("kms:Decrypt", "kms:DescribeKey"));
    ccdk_sqs_queue *managed = ccdk_sqs_queue_new(stack, "Managed", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED});
    ccdk_sqs_queue *sqs_managed = ccdk_sqs_queue_new(stack, "SqsManaged", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED});
    int a = ccdk_sqs_queue_grant_on_key(managed, role, CCDK_STRS("kms:Decrypt"));
    int b = ccdk_sqs_queue_grant_on_key(sqs_managed, role, CCDK_STRS("kms:Decrypt"));
    ccdk_cfn_output_new(stack, "Granted", &(ccdk_cfn_output_props){
        .value = a ? (b ? "true,true" : "true,false") : (b ? "false,true" : "false,false")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
