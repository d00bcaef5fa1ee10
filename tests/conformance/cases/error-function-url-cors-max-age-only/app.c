/* Conformance case 'error-function-url-cors-max-age-only': a CORS with only a maxAge of 86401
 * seconds (function-url.test.ts; see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){
        .function = fn,
        .cors = &(ccdk_lambda_function_url_cors){.max_age = ccdk_duration_seconds(86401)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
