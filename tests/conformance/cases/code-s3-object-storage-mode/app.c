/* Code.fromBucketV2(..., { s3ObjectStorageMode: COPY }) on a function (with and without an object
 * version, with a source KMS key, in currentVersion's hash) and on a layer.
 * Ported from aws-cdk: code.test.ts, the S3ObjectStorageMode tests */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "my-code-bucket");
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_lambda_function *copied = ccdk_lambda_function_new(stack, "Copied", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip", &(ccdk_lambda_bucket_options){
            .object_version = "v1", .source_kms_key = key,
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY}),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    ccdk_lambda_function_current_version(copied);
    ccdk_lambda_function_new(stack, "CopiedUnversioned", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip", &(ccdk_lambda_bucket_options){
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY}),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "layer.zip", &(ccdk_lambda_bucket_options){
            .object_version = "v2", .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
