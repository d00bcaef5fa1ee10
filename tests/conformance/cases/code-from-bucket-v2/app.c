/* Conformance case 'code-from-bucket-v2': see app.js. */
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
    ccdk_lambda_function *versioned = ccdk_lambda_function_new(stack, "Versioned", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip",
                                                &(ccdk_lambda_bucket_options){.object_version = "v1", .source_kms_key = key}),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    ccdk_lambda_function_current_version(versioned); /* the key is part of the version hash */
    ccdk_lambda_function_new(stack, "Unversioned", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket_v2(bucket, "code.zip", NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    ccdk_s3_bucket *owned = ccdk_s3_bucket_new(stack, "Owned", NULL);
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_bucket_v2(owned, "layer.zip",
                                                &(ccdk_lambda_bucket_options){.object_version = "v2", .source_kms_key = key}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
