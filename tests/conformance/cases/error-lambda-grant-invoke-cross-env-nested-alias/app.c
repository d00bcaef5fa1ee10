/* error: alias.grantInvoke(role), the alias in a nested stack, the role of another environment (see app.js) */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *main_stack = ccdk_stack_new(app, "Main", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(main_stack, "Nested", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(nested, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(nested, "exports.handler = async () => 1;"),
    });
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_stack *other = ccdk_stack_new(app, "Other", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(other, "Caller", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(other, "lambda.amazonaws.com"),
    });
    ccdk_lambda_function_grant_invoke(alias, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
