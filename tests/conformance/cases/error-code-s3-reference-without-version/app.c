/* error: s3ObjectStorageMode REFERENCE without an objectVersion.
 * Ported from aws-cdk: code.test.ts, the S3ObjectStorageMode tests */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip", &(ccdk_lambda_bucket_options){
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE}),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
