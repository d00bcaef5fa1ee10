/* Conformance case 'integ-lambda-assets-include': aws-lambda test/integ.assets-include.ts.
 * Dropped: the IntegTest and its invokeFunction assertion. Adapted: Code.fromAsset's `include`
 * option is newer than aws-cdk-lib 2.276.0, so it is left out; `exclude` stays. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-assets-include", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "assets-with-dummy", &(ccdk_asset_options){
            .exclude = CCDK_STRS("subdir/examples/*"),
        }),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.main",
    });
    (void)ccdk_lambda_function_name(fn); /* this.functionName */
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
