/* Conformance case 'error-function-url-multi-tenant': a FunctionUrl constructed for a function with
 * tenant isolation (function-url.test.ts; see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
    });
    ccdk_lambda_function_url_new(stack, "FunctionUrl", &(ccdk_lambda_function_url_props){.function = fn});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
