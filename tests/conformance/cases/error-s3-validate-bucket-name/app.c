/* Bucket.validateBucketName: a legacy name passes with allowLegacyBucketNaming, fails without it (an unscoped error) */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", NULL);
    if (!ccdk_s3_bucket_validate_bucket_name(stack, "Test_Bucket_Name", CCDK_TRUE))
        return 2;
    ccdk_s3_bucket_validate_bucket_name(stack, "Test_Bucket_Name", CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
