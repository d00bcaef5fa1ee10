/* error: s3ObjectStorageMode REFERENCE without an objectVersion, for a layer's code in an imported
 * bucket (the error is on the bucket's path).
 * Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "code-bucket");
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "layer.zip", &(ccdk_lambda_bucket_options){
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
