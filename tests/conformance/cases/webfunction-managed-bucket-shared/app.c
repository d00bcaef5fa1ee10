/* Three WebFunctions of one stack staging code with fromAssetToManagedBucket and the same copy
 * options: one code bucket, one copy function (its log group, role and grants made once), a
 * Custom::S3ObjectCopy each; one code object bound to two functions (an asset each); exclude
 * patterns in the asset options. */
#include <ccdk/lambda_webfunction.h>

#define BASE .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X, .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH
#define DIR "../webfunction-provided-bucket/my-app"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_web_function_code *shared = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(stack, DIR, NULL);
    ccdk_lambda_web_function_new(stack, "First", &(ccdk_lambda_web_function_props){BASE, .code = shared});
    ccdk_lambda_web_function_new(stack, "Second", &(ccdk_lambda_web_function_props){BASE, .code = shared});
    ccdk_lambda_web_function_new(stack, "Third", &(ccdk_lambda_web_function_props){
        BASE,
        .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(
            stack, DIR, &(ccdk_lambda_web_function_managed_bucket_asset_options){.asset = {.exclude = CCDK_STRS("*.md")}}),
        .entry_point = "index.mjs",
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
