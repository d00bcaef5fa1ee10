/* error-ported-function-url-version: function-url.test.ts 'throws when configured with Version' as
 * written, in the Default stack (a NULL id). */
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
    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = fn, .max_event_age = ccdk_duration_hours(1), .retry_attempts = CCDK_NUM(0)});
    ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){.function = version});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
