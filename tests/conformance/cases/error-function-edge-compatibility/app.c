/* error-function-edge-compatibility (function.test.ts 'check edge compatibility with env vars that
 * cannot be removed'; ccdk runs the check where an edgeArn is resolved) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .environment = CCDK_KVS({"KEY", "value"}),
    });
    ccdk_lambda_function_add_environment_with_options(fn, "OTHER_KEY", "other_value",
                                                      &(ccdk_lambda_environment_options){.remove_in_edge = CCDK_TRUE});
    ccdk_stack_resolve(stack, ccdk_lambda_version_edge_arn(ccdk_lambda_function_current_version(fn)));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
