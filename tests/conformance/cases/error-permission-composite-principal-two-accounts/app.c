/* Conformance case 'error-permission-composite-principal-two-accounts': a CompositePrincipal of two
 * AWS principals is no principal a Permission takes (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_lambda_function_add_permission(fn, "TwoAccounts", &(ccdk_lambda_permission){
        .principal = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_account_principal(stack, "111111111111"), ccdk_iam_account_principal(stack, "222222222222")))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
