/* Conformance case 'error-lambda-grant-invoke-cross-env-unnamed-role': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *data = ccdk_stack_new(app, "Data", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(data, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(data, "exports.handler = async () => 1;"),
        .function_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
    });
    ccdk_stack *other = ccdk_stack_new(app, "Other", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(other, "Caller", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(other, "lambda.amazonaws.com"),
    });
    ccdk_lambda_function_grant_invoke(fn, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
