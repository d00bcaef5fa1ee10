/* aws-lambda/test/function-url.test.ts's synthesizing tests in one stack (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_stack *stack;

static ccdk_lambda_function *new_fn(const char *id, const ccdk_lambda_runtime *runtime)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"), .handler = "index.hello", .runtime = runtime});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_function *fn = new_fn("MyLambda", CCDK_LAMBDA_RUNTIME_NODEJS_14_X);
    ccdk_lambda_function_url *fn_url = ccdk_lambda_function_url_new(stack, "FunctionUrl",
        &(ccdk_lambda_function_url_props){.function = fn});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "1234")});
    ccdk_lambda_function_url_grant_invoke_url(fn_url, role);

    ccdk_lambda_function *fn2 = new_fn("OptionsLambda", CCDK_LAMBDA_RUNTIME_NODEJS_14_X);
    ccdk_lambda_function_url_new(stack, "OptionsUrl", &(ccdk_lambda_function_url_props){
        .function = fn2,
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allow_credentials = CCDK_TRUE,
            .allowed_origins = CCDK_STRS("https://example.com"),
            .allowed_methods = CCDK_STRS("GET"),
            .allowed_headers = CCDK_STRS("X-Custom-Header"),
            .max_age = ccdk_duration_seconds(300),
        },
    });

    ccdk_lambda_function *fn3 = new_fn("AliasLambda", CCDK_LAMBDA_RUNTIME_NODEJS_14_X);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn3)});
    ccdk_lambda_function_url_new(stack, "AliasUrl", &(ccdk_lambda_function_url_props){.function = alias});

    ccdk_lambda_function *fn4 = new_fn("StreamLambda", CCDK_LAMBDA_RUNTIME_NODEJS_18_X);
    ccdk_lambda_function_url_new(stack, "StreamUrl", &(ccdk_lambda_function_url_props){
        .function = fn4, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM});
    ccdk_lambda_function *fn5 = new_fn("BufferedLambda", CCDK_LAMBDA_RUNTIME_NODEJS_18_X);
    ccdk_lambda_function_add_function_url(fn5, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_BUFFERED});

    ccdk_cfn_output_new(stack, "Url", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(fn_url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
