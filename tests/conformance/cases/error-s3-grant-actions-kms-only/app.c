/* bucket.grants.actionsOnObjectKeys with kms: actions only: an empty statement in a user's policy and in the bucket policy (validation errors) (see app.js) */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "U", NULL);
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_grant_actions_on_object_keys(b, user, "*", CCDK_STRS("kms:Decrypt"));
    ccdk_s3_bucket *p = ccdk_s3_bucket_new(stack, "P", NULL);
    ccdk_s3_bucket_grant_actions_on_object_keys(p, ccdk_iam_service_principal(stack, "x.amazonaws.com"), "*", CCDK_STRS("kms:Decrypt"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
