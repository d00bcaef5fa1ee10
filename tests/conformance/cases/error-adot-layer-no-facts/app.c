/* Conformance case 'error-adot-layer-no-facts': error: AdotLambdaLayerPythonSdkVersion.V1_14_0's
 * layer in an environment-agnostic stack: no region fact for the version at all. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "region-agnostic-stack", NULL);
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_11,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, "1.14.0"},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
