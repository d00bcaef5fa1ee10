/* error-ported-lambda-version-edge-synth: lambda-version.test.ts 'edgeArn throws at synthesis if
 * underlying function is not edge compatible' as written (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static const ccdk_lambda_runtime THE_RUNTIME = {
    .name = "node99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1};

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_function_new(stack, "OtherFn", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .environment = CCDK_KVS({"EDGE_ARN", ccdk_lambda_version_edge_arn(version)}),
    });
    ccdk_lambda_function_add_environment(fn, "KEY1", "value1");
    ccdk_lambda_function_add_environment(fn, "KEY2", "value2");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
