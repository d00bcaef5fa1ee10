/* Conformance case 'integ-lambda-adot': aws-lambda test/integ.lambda-adot.ts (ADOT layers of each
 * kind, in an ARM_64 and an X86_64 stack). STANDARD_NODEJS_RUNTIME (test/config.ts) is
 * Runtime.NODEJS_18_X. Dropped: the IntegTest. The inline code of MyFunc1 is app.js's
 * `exports.handler = ${handler.toString()}`. */
#include <ccdk/lambda.h>

#define STANDARD_NODEJS_RUNTIME CCDK_LAMBDA_RUNTIME_NODEJS_18_X
#define HANDLER "exports.handler = function handler(event, _context, callback) {\n" \
                "  console.log(JSON.stringify(event, undefined, 2));\n" \
                "  return callback();\n" \
                "}"

static void python_func(ccdk_stack *stack, const char *id, ccdk_lambda_adot_layer_type type, const char *version)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): pass"),
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {type, version},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
        },
    });
}

static void stack_under_test(ccdk_app *scope, const char *id, const ccdk_lambda_architecture *architecture)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_lambda_function_new(stack, "MyFunc1", &(ccdk_lambda_function_props){
        .runtime = STANDARD_NODEJS_RUNTIME,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, HANDLER),
        .architecture = architecture,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVASCRIPT_SDK, "1.18.1"},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        },
    });
    python_func(stack, "MyFunc2", CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, "1.21.0");
    python_func(stack, "MyFunc3", CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, "1.32.0");
    python_func(stack, "MyFunc4", CCDK_LAMBDA_ADOT_LAYER_JAVA_AUTO_INSTRUMENTATION, "1.32.0");
    python_func(stack, "MyFunc5", CCDK_LAMBDA_ADOT_LAYER_GENERIC, "0.90.1");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack_under_test(app, "Stack1", CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    stack_under_test(app, "Stack2", CCDK_LAMBDA_ARCHITECTURE_X86_64);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
