/* Conformance case 'error-permission-saml-principal': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_lambda_function_add_permission(fn, "F1", &(ccdk_lambda_permission){
        .principal = ccdk_iam_saml_principal(
            ccdk_iam_saml_provider_from_saml_provider_arn(stack, "Saml", "arn:aws:iam::123456789012:saml-provider/P"), NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
