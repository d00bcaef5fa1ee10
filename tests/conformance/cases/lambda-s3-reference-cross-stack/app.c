/* s3ObjectStorageMode REFERENCE with the bucket (and its KMS key) in another stack: the statements go
 * to that stack's bucket and key policies, the code's bucket name is an export, and the function's
 * dependencies on the policy and the key become a dependency of its stack on the bucket's.
 * Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *code_stack = ccdk_stack_new(app, "CodeStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(code_stack, "Bucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_stack *fn_stack = ccdk_stack_new(app, "FunctionStack", NULL);
    ccdk_lambda_function_new(fn_stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip", &(ccdk_lambda_bucket_options){
            .object_version = "v1", .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE}),
        .function_name = "cross-stack-function",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
