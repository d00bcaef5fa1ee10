/* an encryptionKey with encryption UNENCRYPTED (see app.js) */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "MyBucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_UNENCRYPTED, .encryption_key = ccdk_kms_key_new(stack, "MyKey", NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
