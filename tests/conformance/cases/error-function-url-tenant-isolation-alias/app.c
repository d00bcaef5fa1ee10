/* Conformance case 'error-function-url-tenant-isolation-alias': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
    });
    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live", .version = ccdk_lambda_function_current_version(fn)});
    ccdk_lambda_function_add_function_url(live, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
