/* Conformance case 'unit-function-b-url': function.test.ts's FunctionUrl tests (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "DefaultOptions", NULL);
    ccdk_lambda_function_add_function_url(new_fn(stack), NULL);

    stack = ccdk_stack_new(app, "AllOptions", NULL);
    ccdk_lambda_function_add_function_url(new_fn(stack), &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allow_credentials = CCDK_TRUE,
            .allowed_origins = CCDK_STRS("https://example.com"),
            .allowed_methods = CCDK_STRS("GET"),
            .allowed_headers = CCDK_STRS("X-Custom-Header"),
            .max_age = ccdk_duration_seconds(300),
        },
    });

    stack = ccdk_stack_new(app, "GrantInvokeUrl", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role",
        &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_principal(stack, "1234")});
    ccdk_lambda_function *fn = new_fn(stack);
    ccdk_lambda_function_add_function_url(fn, NULL);
    ccdk_lambda_function_grant_invoke_url(fn, role);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
