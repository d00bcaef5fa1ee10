/* Conformance case 'iam-role-from-arn-options': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);

    ccdk_iam_role *to_resources = ccdk_iam_role_from_role_arn_with_options(
        stack, "ToResources", "arn:aws:iam::123456789012:role/Reader",
        &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE, .add_grants_to_resources = CCDK_TRUE});
    ccdk_s3_bucket_grant_read(bucket, to_resources, NULL);
    ccdk_sqs_queue_grant_send_messages(queue, ccdk_iam_role_principal(to_resources));

    ccdk_iam_role *nowhere = ccdk_iam_role_from_role_arn_with_options(
        stack, "Nowhere", "arn:aws:iam::123456789012:role/Writer",
        &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE, .add_grants_to_resources = CCDK_FALSE});
    ccdk_s3_bucket_grant_write(bucket, nowhere, NULL);

    ccdk_iam_role *named = ccdk_iam_role_from_role_arn_with_options(
        stack, "Named", "arn:aws:iam::123456789012:role/Named",
        &(ccdk_iam_from_role_arn_options){.default_policy_name = "MyPolicy"});
    ccdk_iam_role_add_to_policy(named, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sqs:ReceiveMessage"), .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue))}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
