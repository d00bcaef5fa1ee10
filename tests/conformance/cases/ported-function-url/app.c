/* ported-function-url: aws-cdk's function-url.test.ts ported literally (see app.js): 'function url
 * with alias' in the Default stack (a NULL id), the other tests in a stack each. */
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
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_function *fn = new_fn(stack, NULL);
        ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn)});
        ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){.function = alias});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DefaultUrl", NULL);
        ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){.function = new_fn(stack, NULL)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AllOptions", NULL);
        ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){
            .function = new_fn(stack, NULL),
            .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
            .cors = &(ccdk_lambda_function_url_cors){
                .allow_credentials = CCDK_TRUE,
                .allowed_origins = CCDK_STRS("https://example.com"),
                .allowed_methods = CCDK_STRS("GET"),
                .allowed_headers = CCDK_STRS("X-Custom-Header"),
                .max_age = ccdk_duration_seconds(300),
            },
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Grant", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_account_principal(stack, "1234")});
        ccdk_lambda_function_url *fn_url = ccdk_lambda_function_url_new(stack, "FunctionUrl",
            &(ccdk_lambda_function_url_props){.function = new_fn(stack, NULL)});
        ccdk_lambda_function_url_grant_invoke_url(fn_url, role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "InvokeMode", NULL);
        ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){
            .function = new_fn(stack, CCDK_LAMBDA_RUNTIME_NODEJS_18_X),
            .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddUrl", NULL);
        ccdk_lambda_function_add_function_url(new_fn(stack, CCDK_LAMBDA_RUNTIME_NODEJS_18_X),
            &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
                                                .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_BUFFERED});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
