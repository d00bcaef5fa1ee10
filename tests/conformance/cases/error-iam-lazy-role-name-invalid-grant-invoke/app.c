/* error: a LazyRole's invalid roleName is Role's error once the role is made: fn.grantInvoke reads its policyFragment (unread, fn.grantInvokeUrl alone makes no role and no error). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"), .role_name = "bad name"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    });
    ccdk_lambda_function_grant_invoke_url(fn, role);
    ccdk_lambda_function_grant_invoke(fn, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
