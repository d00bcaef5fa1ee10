/* error: a code bucket given an encryptionKey with an encryption other than KMS or DSSE
 * (S3_MANAGED), as a bucket for s3ObjectStorageMode REFERENCE might be set up.
 * Ported from aws-cdk: bucket.test.ts (encryptionKey with encryption not KMS) and the
 * S3ObjectStorageMode REFERENCE tests */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "CodeBucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED, .encryption_key = key});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip", &(ccdk_lambda_bucket_options){
            .object_version = "v1", .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE}),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
