/* error-ported-function-url-cors-max-age: function-url.test.ts 'throws when CORS maxAge is greater
 * than 86400 secs' as written, in the Default stack (a NULL id). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){
        .function = fn, .cors = &(ccdk_lambda_function_url_cors){.max_age = ccdk_duration_seconds(86401)}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
