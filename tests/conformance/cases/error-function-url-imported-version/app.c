/* error-function-url-imported-version: addFunctionUrl on an imported version (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_version *version = ccdk_lambda_version_from_version_arn(stack, "Version",
        "arn:aws:lambda:us-east-1:123456789012:function:fn-name:7");
    /* ccdk_lambda_function_add_function_url takes a Function or an Alias only (a compile error here) */
    ccdk_lambda_function_url_new(CCDK_CONSTRUCT(version), "FunctionUrl", &(ccdk_lambda_function_url_props){
        .function = version, .auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
