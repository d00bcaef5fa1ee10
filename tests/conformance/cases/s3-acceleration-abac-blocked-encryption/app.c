/* s3.Bucket transferAcceleration, abacStatus, blockedEncryptionTypes (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *fast = ccdk_s3_bucket_new(stack, "Fast", &(ccdk_s3_bucket_props){.transfer_acceleration = CCDK_TRUE});
    ccdk_s3_bucket_new(stack, "Slow", &(ccdk_s3_bucket_props){.transfer_acceleration = CCDK_FALSE});
    ccdk_s3_bucket_new(stack, "AbacOn", &(ccdk_s3_bucket_props){.abac_status = CCDK_TRUE});
    ccdk_s3_bucket_new(stack, "AbacOff", &(ccdk_s3_bucket_props){.abac_status = CCDK_FALSE});
    ccdk_s3_bucket_new(stack, "Unencrypted", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_UNENCRYPTED,
        .blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_SSE_C),
    });
    ccdk_s3_bucket_new(stack, "S3Managed", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .bucket_key_enabled = CCDK_TRUE,
        .blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_NONE),
    });
    ccdk_s3_bucket_new(stack, "KmsManaged", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS_MANAGED,
        .blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_SSE_C, "SSE-X"),
    });
    ccdk_s3_bucket_new(stack, "Kms", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_SSE_C),
    });
    ccdk_s3_bucket_new(stack, "Dsse", &(ccdk_s3_bucket_props){
        .encryption_key = ccdk_kms_key_new(stack, "DsseKey", NULL),
        .encryption = CCDK_S3_ENCRYPTION_DSSE,
        .blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_SSE_C),
    });
    ccdk_s3_bucket_new(stack, "DsseManaged", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_DSSE_MANAGED,
        .blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_SSE_C),
    });
    ccdk_s3_bucket_new(stack, "Plain", &(ccdk_s3_bucket_props){.blocked_encryption_types = CCDK_STRS(CCDK_S3_BLOCKED_ENCRYPTION_SSE_C)});
    ccdk_cfn_output_new(stack, "AccelerateUrl", &(ccdk_cfn_output_props){
        .value = ccdk_s3_bucket_transfer_acceleration_url_for_object(fast, "a/b.txt", CCDK_UNSET)});
    ccdk_cfn_output_new(stack, "AccelerateDualStackUrl", &(ccdk_cfn_output_props){
        .value = ccdk_s3_bucket_transfer_acceleration_url_for_object(fast, NULL, CCDK_TRUE)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
