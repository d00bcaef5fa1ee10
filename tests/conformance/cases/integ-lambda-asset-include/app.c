/* Conformance case 'integ-lambda-asset-include': aws-lambda test/integ.asset-include.ts.
 * Dropped: the IntegTest and its invokeFunction assertion. Adapted: Code.fromAsset's `include`
 * option is newer than aws-cdk-lib 2.276.0, so it is left out (my-lambda-handler holds only
 * index.py, what it would select). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-asset-include", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "index.main",
    });
    (void)ccdk_lambda_function_name(fn); /* this.functionName */
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
