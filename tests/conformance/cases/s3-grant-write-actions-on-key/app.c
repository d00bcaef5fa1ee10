/* bucket.grantWrite with allowedActionPatterns, and grantOnKey (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_iam_role *other = ccdk_iam_role_new(stack, "Other", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_s3_bucket *kms_bucket = ccdk_s3_bucket_new(stack, "KmsBucket", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_grant_write_actions(kms_bucket, role, "uploads/*", CCDK_STRS("s3:PutObject", "kms:Describe*"));
    ccdk_s3_bucket_grant_write_actions(kms_bucket, other, NULL, (ccdk_strs)CCDK_EMPTY_LIST);
    ccdk_s3_bucket *plain = ccdk_s3_bucket_new(stack, "Plain", NULL);
    ccdk_s3_bucket_grant_write_actions(plain, role, "*", CCDK_STRS("s3:PutObject", "s3:DeleteObject"));
    ccdk_s3_bucket_grant_on_key(kms_bucket, other, CCDK_STRS("kms:Decrypt", "kms:ListAliases"));
    ccdk_s3_bucket_grant_on_key(plain, other, CCDK_STRS("kms:Decrypt"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
