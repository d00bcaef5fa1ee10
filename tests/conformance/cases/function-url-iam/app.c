/* Function URL: IAM-authenticated Function URLs. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_iam_role *my_role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });
    ccdk_lambda_function_url *fn_url = ccdk_lambda_function_add_function_url(fn, NULL);
    ccdk_lambda_function_url_grant_invoke_url(fn_url, my_role);
    ccdk_cfn_output_new(stack, "TheUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(fn_url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
