/* Conformance case 'integ-lambda-permissions': aws-lambda test/integ.permissions.ts
 * (app.synth() added: the integ runner synthesizes the app, the file itself does not). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-permissions", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
    });
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_principal_in_organization(ccdk_iam_any_principal(stack), "o-yyyyyyyyyy"));
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_organization_principal(stack, "o-xxxxxxxxxx"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
