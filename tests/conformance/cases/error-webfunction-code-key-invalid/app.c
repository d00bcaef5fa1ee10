/* Error: fromBucket with the key "apps/*.zip": "The code object key 'apps/*.zip' must not start with
 * '/' or contain ..." */
#include <string.h>

#include <ccdk/lambda_webfunction.h>

#define BASE                                                                                  \
    .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", "v1"),          \
    .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,                                  \
    .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-code-bucket");

    ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){
        BASE, .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "apps/*.zip", NULL)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
