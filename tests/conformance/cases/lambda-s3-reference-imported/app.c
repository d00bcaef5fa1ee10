/* s3ObjectStorageMode REFERENCE on imported buckets: no bucket policy of the App's to add to (the
 * imported-bucket warning on the function or layer); an imported bucket's encryptionKey made in the
 * stack gets the kms:Decrypt statement (and the function depends on the key), an imported key gets
 * the imported-key warning.
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
    ccdk_s3_bucket *by_name = ccdk_s3_bucket_from_bucket_name(stack, "ByName", "code-bucket");
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = reference(by_name, "code.zip"), .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = reference(by_name, "layer.zip"), .layer_version_name = "my-layer"});
    ccdk_s3_bucket *by_arn = ccdk_s3_bucket_from_bucket_arn(stack, "ByArn", "arn:aws:s3:::other-code-bucket");
    ccdk_lambda_function_new(stack, "Named", &(ccdk_lambda_function_props){
        .code = reference(by_arn, "code.zip"), .function_name = "named", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler"});
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_s3_bucket *with_key = ccdk_s3_bucket_from_bucket_attributes(stack, "WithKey", &(ccdk_s3_bucket_attributes){
        .bucket_name = "encrypted-code", .encryption_key = key});
    ccdk_lambda_function_new(stack, "KeyFunction", &(ccdk_lambda_function_props){
        .code = reference(with_key, "code.zip"), .function_name = "key-function",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    ccdk_kms_key *imported_key = ccdk_kms_key_from_key_arn(stack, "ImportedKey",
        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    ccdk_s3_bucket *with_imported_key = ccdk_s3_bucket_from_bucket_attributes(stack, "WithImportedKey",
        &(ccdk_s3_bucket_attributes){.bucket_arn = "arn:aws:s3:::imported-key-code", .encryption_key = imported_key});
    ccdk_lambda_function_new(stack, "ImportedKeyFunction", &(ccdk_lambda_function_props){
        .code = reference(with_imported_key, "code.zip"), .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
