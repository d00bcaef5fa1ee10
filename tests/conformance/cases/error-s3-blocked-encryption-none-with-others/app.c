/* blockedEncryptionTypes NONE with SSE_C */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS_MANAGED,
        .blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_NONE, CCDK_S3_BLOCKED_ENCRYPTION_SSE_C),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
