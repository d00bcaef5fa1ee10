/* Conformance case 'grants-imported-roles': see app.js. */
#include <ccdk/lambda.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){.account = "123456789012"});
    ccdk_lambda_function *fn = new_fn(stack);
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_role_from_role_arn(stack, "Same", "arn:aws:iam::123456789012:role/someRole"));
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_role_from_role_arn(stack, "Other", "arn:aws:iam::123456789013:role/someRole"));
    ccdk_lambda_function_grant_invoke_url(fn, ccdk_iam_role_from_role_arn(stack, "OtherUrl", "arn:aws:iam::123456789013:role/urlRole"));

    ccdk_stack *agnostic = ccdk_stack_new(app, "AgnosticStack", NULL);
    ccdk_lambda_function *afn = new_fn(agnostic); /* before the role, as in app.js (tree order) */
    ccdk_lambda_function_grant_invoke(afn, ccdk_iam_role_from_role_arn(agnostic, "Role", "arn:aws:iam::123456789012:role/someRole"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
