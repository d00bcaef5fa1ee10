/* The base assembly of tests/tool/lint.sh: a function with an asset directory and a layer of the
 * same stack, and a Function URL with CORS, all within every limit; the test edits its template
 * (and assets) just under and just over each limit. */
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "LintStack", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "../layer", NULL)});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "../node-handler", NULL),
        .layers = CCDK_LIST(layer),
        .environment = CCDK_KVS({"STAGE", "test"}),
    });
    ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_methods = CCDK_STRS("GET", "POST"),
            .allowed_origins = CCDK_STRS("https://example.com"),
            .allow_credentials = CCDK_TRUE,
            .max_age = ccdk_duration_seconds(600),
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
