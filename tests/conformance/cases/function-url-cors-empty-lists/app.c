/* function-url-cors-empty-lists (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"), .handler = "index.hello", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
    ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){.function = fn,
        .cors = &(ccdk_lambda_function_url_cors){0}});
    ccdk_lambda_function_url_new(stack, "FunctionUrl2", &(ccdk_lambda_function_url_props){.function = fn,
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){.max_age = ccdk_duration_days(1), .allowed_methods = CCDK_EMPTY_LIST,
            .allowed_origins = CCDK_EMPTY_LIST, .allowed_headers = CCDK_EMPTY_LIST, .exposed_headers = CCDK_STRS("x"),
            .allow_credentials = CCDK_FALSE}});
    ccdk_lambda_version *v = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){.alias_name = "prod", .version = v,
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {v, 0})});
    ccdk_lambda_function_add_function_url(alias, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
