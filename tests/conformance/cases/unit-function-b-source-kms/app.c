/* Conformance case 'unit-function-b-source-kms': function.test.ts's CMCMK and s3ObjectStorageMode
 * tests (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

static ccdk_kms_key *new_key(ccdk_stack *stack)
{
    return ccdk_kms_key_new(stack, "myImportedKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
}

static void fn(ccdk_stack *stack, ccdk_lambda_code *code, const ccdk_lambda_runtime *runtime)
{
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = code,
        .handler = "index.handler",
        .runtime = runtime ? runtime : CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "FromAssetKey", NULL);
    fn(stack, ccdk_lambda_code_from_asset(stack, "handler.zip", &(ccdk_asset_options){.source_kms_key = new_key(stack)}), NULL);
    stack = ccdk_stack_new(app, "FromAssetNoKey", NULL);
    fn(stack, ccdk_lambda_code_from_asset(stack, "handler.zip", NULL), NULL);

    stack = ccdk_stack_new(app, "FromBucketKey", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "bucketname");
    fn(stack, ccdk_lambda_code_from_bucket_v2(bucket, "script", &(ccdk_lambda_bucket_options){.source_kms_key = new_key(stack)}), NULL);
    stack = ccdk_stack_new(app, "FromBucketNoKey", NULL);
    bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "bucketname");
    fn(stack, ccdk_lambda_code_from_bucket_v2(bucket, "script", NULL), NULL);

    stack = ccdk_stack_new(app, "FromCfnParametersKey", NULL);
    fn(stack, ccdk_lambda_code_from_cfn_parameters(stack, &(ccdk_lambda_cfn_parameters_code_props){.source_kms_key = new_key(stack)}), NULL);
    stack = ccdk_stack_new(app, "FromCfnParametersNoKey", NULL);
    fn(stack, ccdk_lambda_code_from_cfn_parameters(stack, NULL), NULL);

    stack = ccdk_stack_new(app, "FromCustomCommandKey", NULL);
    fn(stack, ccdk_lambda_code_from_custom_command(stack, "function.test.handler7.zip", CCDK_STRS("node"),
        &(ccdk_lambda_custom_command_options){.asset = {.source_kms_key = new_key(stack)}}), CCDK_LAMBDA_RUNTIME_NODEJS_LATEST);
    stack = ccdk_stack_new(app, "FromCustomCommandNoKey", NULL);
    fn(stack, ccdk_lambda_code_from_custom_command(stack, "function.test.handler7.zip", CCDK_STRS("node"), NULL),
       CCDK_LAMBDA_RUNTIME_NODEJS_LATEST);

    const char *names[] = {"StorageModeCopy", "StorageModeReference", "StorageModeDefault"};
    ccdk_lambda_s3_object_storage_mode modes[] = {CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_COPY,
        CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE, CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_UNSET};
    for (int i = 0; i < 3; i++) {
        stack = ccdk_stack_new(app, names[i], NULL);
        bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "bucketname");
        fn(stack, ccdk_lambda_code_from_bucket_v2(bucket, "script.zip", &(ccdk_lambda_bucket_options){
            .object_version = "object-version", .s3_object_storage_mode = modes[i]}), NULL);
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
