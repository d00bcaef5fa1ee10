/* unit-function-url-dual-auth: function-url.test.ts's DUAL AUTH tests and 'Invoke Mode add url'
 * (see app.js), each in a stack of its own. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack, const ccdk_lambda_runtime *runtime)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = runtime ? runtime : CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantInvokeUrl", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_account_principal(stack, "1234")});
        ccdk_lambda_function_url *fn_url = ccdk_lambda_function_url_new(stack, "FunctionUrl",
            &(ccdk_lambda_function_url_props){.function = new_fn(stack, NULL)});
        ccdk_lambda_function_url_grant_invoke_url(fn_url, role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AuthNone", NULL);
        ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){
            .function = new_fn(stack, NULL), .auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IamReference", NULL);
        ccdk_lambda_function *fn = new_fn(stack, NULL);
        ccdk_lambda_function_url *fn_url = ccdk_lambda_function_url_new(stack, "FunctionUrl",
            &(ccdk_lambda_function_url_props){.function = fn, .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM});
        ccdk_iam_role *test_role = ccdk_iam_role_from_role_arn_with_options(stack, "arn-test", "arn:aws:iam::1234:role/Test",
            &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE});
        ccdk_lambda_function_url_grant_invoke_url(fn_url, test_role);
        ccdk_lambda_function_grant_invoke(fn, test_role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddUrl", NULL);
        ccdk_lambda_function_url *fn_url = ccdk_lambda_function_add_function_url(new_fn(stack, CCDK_LAMBDA_RUNTIME_NODEJS_20_X),
            &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_BUFFERED});
        ccdk_cfn_output_new(stack, "AuthType", &(ccdk_cfn_output_props){
            .value = ccdk_lambda_function_url_auth_type(fn_url) == CCDK_LAMBDA_URL_AUTH_NONE ? "NONE" : "AWS_IAM"});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
