/* s3ObjectStorageMode REFERENCE on buckets encrypted with a KMS key (bucket.encryptionKey): a given
 * key (with an alias: the function depends on both), the key a KMS or DSSE bucket makes itself, an
 * imported key (the imported-key warning), in an environment-agnostic stack and in one with an
 * account and region (kms:ViaService); bucket grants on such buckets also grant the kms: actions on
 * the key.
 * Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

static ccdk_lambda_code *reference(ccdk_s3_bucket *bucket, const char *key)
{
    return ccdk_lambda_code_from_bucket_v2(bucket, key, &(ccdk_lambda_bucket_options){
        .object_version = "v1", .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "CodeKey", &(ccdk_kms_key_props){.alias = "code-key"});
    ccdk_s3_bucket *given = ccdk_s3_bucket_new(stack, "GivenKeyBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .encryption_key = key});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = reference(given, "code.zip"), .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    ccdk_s3_bucket *own = ccdk_s3_bucket_new(stack, "KmsBucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS, .bucket_key_enabled = CCDK_TRUE});
    ccdk_lambda_function *named = ccdk_lambda_function_new(stack, "Named", &(ccdk_lambda_function_props){
        .code = reference(own, "code.zip"), .function_name = "named", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler"});
    ccdk_s3_bucket_grant_read(own, named, NULL);
    ccdk_s3_bucket *dsse = ccdk_s3_bucket_new(stack, "DsseBucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_DSSE});
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){.code = reference(dsse, "layer.zip")});
    ccdk_s3_bucket_grant_read_write(dsse, named, "data/*");
    ccdk_s3_bucket_grant_put(dsse, named, NULL);
    ccdk_kms_key *imported_key = ccdk_kms_key_from_key_arn(stack, "ImportedKey",
        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    ccdk_s3_bucket *with_imported_key = ccdk_s3_bucket_new(stack, "ImportedKeyBucket", &(ccdk_s3_bucket_props){
        .encryption_key = imported_key});
    ccdk_lambda_function_new(stack, "ImportedKeyFunction", &(ccdk_lambda_function_props){
        .code = reference(with_imported_key, "code.zip"), .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler"});
    ccdk_s3_bucket_grant_write(with_imported_key, named, NULL);

    ccdk_stack *env_stack = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1"});
    ccdk_s3_bucket *env_bucket = ccdk_s3_bucket_new(env_stack, "Bucket", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_lambda_function_new(env_stack, "Function", &(ccdk_lambda_function_props){
        .code = reference(env_bucket, "code.zip"), .function_name = "env-function",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
