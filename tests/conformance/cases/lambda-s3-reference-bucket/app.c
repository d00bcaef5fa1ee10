/* Code.fromBucketV2(..., { s3ObjectStorageMode: REFERENCE }) on an s3.Bucket made in the stack: the
 * bucket policy lets lambda.amazonaws.com read the object for this account's functions (a wildcard
 * without a functionName, with the wildcard warning; the name when one is given, a token name
 * counting as none; the warning can be acknowledged) and layers, and each resource depends on the policy.
 * Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "CodeBucket", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_lambda_code *code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip", &(ccdk_lambda_bucket_options){
        .object_version = "v1", .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = code, .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    /* the same code again: the same statement, written once; its wildcard warning acknowledged */
    ccdk_lambda_function *again = ccdk_lambda_function_new(stack, "Again", &(ccdk_lambda_function_props){
        .code = code, .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    ccdk_annotations_acknowledge_warning(again, "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn",
                                         "the code is shared on purpose");
    ccdk_lambda_function *named = ccdk_lambda_function_new(stack, "Named", &(ccdk_lambda_function_props){
        .code = code, .function_name = "my-function", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler"});
    ccdk_lambda_function_current_version(named); /* REFERENCE is in the version hash */
    ccdk_cfn_parameter *name_param = ccdk_cfn_parameter_new(stack, "FunctionNameParam",
                                                            &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_function_new(stack, "TokenNamed", &(ccdk_lambda_function_props){
        .code = code, .function_name = ccdk_cfn_parameter_value_as_string(name_param),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler"});
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "layer.zip", &(ccdk_lambda_bucket_options){
            .object_version = "v2", .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE})});
    ccdk_lambda_layer_version_new(stack, "NamedLayer", &(ccdk_lambda_layer_version_props){
        .code = code, .layer_version_name = "my-layer"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
