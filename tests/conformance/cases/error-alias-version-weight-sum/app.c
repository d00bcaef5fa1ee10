/* error-alias-version-weight-sum (aws-lambda/test/alias.test.ts 'sanity checks on version weights' (sum too high)) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias_new(stack, "Alias2", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = version,
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {version, 0.5}, {version, 0.6})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
