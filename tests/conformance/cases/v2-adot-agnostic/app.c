/* v2: adotInstrumentation in an environment-agnostic stack (the layer ARN as a region pattern), Python with INSTRUMENT_HANDLER, Java LATEST on arm64 with tracing DISABLED, Java 1.31.0 on arm64
 * Ported from aws-cdk: adot.test.ts 'when the stack is region agnostic' / 'when the Python ADOT version is specified' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "region-agnostic-stack", NULL);
    ccdk_lambda_function_new(stack, "PythonFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_11,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, "1.20.0-1"},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
        },
    });
    ccdk_lambda_function_new(stack, "JavaFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .tracing = CCDK_LAMBDA_TRACING_DISABLED,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        },
    });
    ccdk_lambda_function_new(stack, "Java131Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, "1.31.0"},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
