/* The app `ccdk serve` serves in tests/tool/serve.sh: Function URLs with CORS (the allowed origin
 * from $ALLOWED_ORIGIN: the test's page server, whose port is known only at run time), a strict
 * one, an AWS_IAM one and a python one; a function without a URL for the Invoke API; a URL in a
 * nested Stage whose function's construct id (Api) is the top stack's too. */
#include <stdlib.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    const char *origin = getenv("ALLOWED_ORIGIN") ? getenv("ALLOWED_ORIGIN") : "http://allowed.example";
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ServeStack", NULL);
    ccdk_lambda_function_props node = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "serve-handler", NULL),
        .timeout = ccdk_duration_seconds(2),
    };
    ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "Api", &node);
    ccdk_lambda_function_add_function_url(api, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS(origin),
            .allowed_headers = CCDK_STRS("content-type", "x-custom"),
            .allowed_methods = CCDK_STRS("GET", "POST"),
            .exposed_headers = CCDK_STRS("x-exposed"),
            .max_age = ccdk_duration_seconds(300),
            .allow_credentials = CCDK_TRUE,
        }});
    ccdk_lambda_function *strict = ccdk_lambda_function_new(stack, "Strict", &node);
    ccdk_lambda_function_add_function_url(strict, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){.allowed_origins = CCDK_STRS("https://only.example")}});
    ccdk_lambda_function *priv = ccdk_lambda_function_new(stack, "Private", &node);
    ccdk_lambda_function_add_function_url(priv, NULL);
    ccdk_lambda_function *py = ccdk_lambda_function_new(stack, "Py", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n"
                                                    "    return {'method': event['requestContext']['http']['method'], 'body': event.get('body')}\n"),
    });
    ccdk_lambda_function_add_function_url(py, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){.allowed_origins = CCDK_STRS("*")}});
    ccdk_lambda_function_new(stack, "NoUrl", &node);
    /* a nested Stage assembly: its URLs are served too; "Api" there is api.prod-web */
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *web = ccdk_stack_new(prod, "Web", NULL);
    ccdk_lambda_function_props staged = node;
    staged.code = ccdk_lambda_code_from_asset(web, "serve-handler", NULL);
    ccdk_lambda_function *papi = ccdk_lambda_function_new(web, "Api", &staged);
    ccdk_lambda_function_add_function_url(papi, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
