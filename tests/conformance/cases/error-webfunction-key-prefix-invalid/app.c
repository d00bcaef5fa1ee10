/* Error: fromAssetToProvidedBucket with keyPrefix '/apps/': "keyPrefix '/apps/' must not start with '/'
 * or contain '*', '?' or '${'. ..." */
#include <ccdk/lambda_webfunction.h>

#define BASE .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X, .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "CodeBucket", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){
        BASE, .code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
                  bucket, "../webfunction-provided-bucket/my-app",
                  &(ccdk_lambda_web_function_provided_bucket_asset_options){.key_prefix = "/apps/"})});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
