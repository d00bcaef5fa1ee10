/* Error: addToResourcePolicy with a statement without a principal: the validation error "A
 * PolicyStatement used in a resource-based policy must specify at least one IAM principal." */
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

    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){BASE});
    ccdk_lambda_web_function_add_to_resource_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("lambda:InvokeWebFunctionEndpoint"), .resources = CCDK_STRS("*")}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
