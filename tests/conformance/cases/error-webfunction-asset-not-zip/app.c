/* Error: fromAssetToManagedBucket of a file that is not a .zip file: "Asset must be a .zip file or a
 * directory (<path>)" */
#include <ccdk/lambda_webfunction.h>

#define BASE .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X, .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){
        BASE, .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(
                  stack, "../webfunction-provided-bucket/my-app/index.mjs", NULL)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
