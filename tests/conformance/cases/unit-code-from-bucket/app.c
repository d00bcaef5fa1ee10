/* aws-cdk's code.test.ts, describe('lambda.Code.fromBucket'), its tests that synthesize, a stack each:
 * the objectVersion warnings of fromBucket / fromBucketV2 on a bucket made in the stack, and
 * s3ObjectStorageMode REFERENCE in a stack with an account and region (named and unnamed functions
 * and layers, an imported bucket, a bucket key made in the stack or imported); no bucket policy for
 * no mode and for COPY. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

static const ccdk_stack_props env = {.account = "123456789012", .region = "us-east-1"};

static ccdk_lambda_code *reference(ccdk_s3_bucket *bucket)
{
    return ccdk_lambda_code_from_bucket_v2(bucket, "Object", &(ccdk_lambda_bucket_options){
        .object_version = "v1", .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE});
}

static void fn(ccdk_stack *stack, ccdk_lambda_code *code, const char *function_name)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = code, .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .function_name = function_name});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack;
    ccdk_s3_bucket *bucket;

    /* the objectVersion warnings */
    stack = ccdk_stack_new(app, "FromBucketNoVersion", NULL);
    fn(stack, ccdk_lambda_code_from_bucket(ccdk_s3_bucket_new(stack, "Bucket", NULL), "Object", NULL), NULL);
    stack = ccdk_stack_new(app, "FromBucketVersion", NULL);
    fn(stack, ccdk_lambda_code_from_bucket(ccdk_s3_bucket_new(stack, "Bucket", NULL), "Object", "v1"), NULL);
    stack = ccdk_stack_new(app, "FromBucketV2NoVersion", NULL);
    fn(stack, ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket_new(stack, "Bucket", NULL), "Object", NULL), NULL);
    stack = ccdk_stack_new(app, "FromBucketV2Version", NULL);
    fn(stack, ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket_new(stack, "Bucket", NULL), "Object",
        &(ccdk_lambda_bucket_options){.object_version = "v1"}), NULL);

    /* REFERENCE: functions and layers, named and not */
    stack = ccdk_stack_new(app, "NamedFunction", &env);
    fn(stack, reference(ccdk_s3_bucket_new(stack, "Bucket", NULL)), "my-function");
    stack = ccdk_stack_new(app, "UnnamedFunction", &env);
    fn(stack, reference(ccdk_s3_bucket_new(stack, "Bucket", NULL)), NULL);
    stack = ccdk_stack_new(app, "NamedLayer", &env);
    bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = reference(bucket), .layer_version_name = "my-layer"});
    stack = ccdk_stack_new(app, "UnnamedLayer", &env);
    bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){.code = reference(bucket)});

    /* REFERENCE: an imported bucket, a bucket key of the stack's, an imported key */
    stack = ccdk_stack_new(app, "ImportedBucket", &env);
    fn(stack, reference(ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "imported-bucket")), "my-function");
    stack = ccdk_stack_new(app, "BucketKey", &env);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "BucketKey", &(ccdk_kms_key_props){.description = "bucket encryption key"});
    fn(stack, reference(ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS, .encryption_key = key})), "my-function");
    stack = ccdk_stack_new(app, "ImportedKey", &env);
    key = ccdk_kms_key_from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/imported-key");
    fn(stack, reference(ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS, .encryption_key = key})), "my-function");

    /* no storage mode, and COPY: no bucket policy */
    stack = ccdk_stack_new(app, "NoMode", NULL);
    fn(stack, ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket_new(stack, "Bucket", NULL), "Object",
        &(ccdk_lambda_bucket_options){.object_version = "v1"}), NULL);
    stack = ccdk_stack_new(app, "CopyMode", NULL);
    fn(stack, ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket_new(stack, "Bucket", NULL), "Object",
        &(ccdk_lambda_bucket_options){.object_version = "v1",
            .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY}), NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
