/* error: a second function URL of an imported function (see app.js) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "Imp", "arn:aws:lambda:us-east-1:111111111111:function:ImportedFn");
    ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
