/* The README's WebFunctionCode.fromAssetToProvidedBucket example (aws-lambda README "#### Into a
 * bucket you own"): a local directory staged into a versioned bucket of the app under keyPrefix
 * 'apps/' (apps/web-function/<unique id>/...), the function's own read grant in the bucket policy,
 * and its Custom::S3ObjectCopy. */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_new(stack, "CodeBucket", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});

    ccdk_lambda_web_function_new(stack, "MyWebFunction", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_asset_to_provided_bucket(
            code_bucket, "my-app", &(ccdk_lambda_web_function_provided_bucket_asset_options){.key_prefix = "apps/"}),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
