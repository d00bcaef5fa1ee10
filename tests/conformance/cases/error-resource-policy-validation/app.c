/* Conformance case 'error-resource-policy-validation': see app.js. */
#include <ccdk/ecr.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_s3_bucket_add_to_resource_policy(bucket, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(bucket, "*")),
    }));
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_add_to_resource_policy(queue, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sqs:SendMessage"),
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
    }));
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key_add_to_resource_policy(key, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .resources = CCDK_STRS("*"),
    }));
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_secretsmanager_secret_add_to_resource_policy(secret, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("secretsmanager:GetSecretValue"),
    }));
    ccdk_ecr_repository_add_to_resource_policy(ccdk_ecr_repository_new(stack, "Repo", NULL),
                                               ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                   .actions = CCDK_STRS("ecr:BatchGetImage"),
                                               }));
    ccdk_ecr_repository_add_to_resource_policy(ccdk_ecr_repository_new(stack, "Repo2", NULL),
                                               ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                   .actions = CCDK_STRS("ecr:BatchGetImage"),
                                                   .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
                                               }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
