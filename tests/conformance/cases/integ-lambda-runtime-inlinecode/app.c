/* Conformance case 'integ-lambda-runtime-inlinecode': aws-lambda test/integ.runtime.inlinecode.ts
 * (the IntegTest is dropped). */
#include <ccdk/lambda.h>

static void fn(ccdk_stack *stack, const char *id, const ccdk_lambda_runtime *runtime, const char *code)
{
    ccdk_lambda_function *f = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, code),
        .handler = "index.handler",
        .runtime = runtime,
    });
    ccdk_cfn_output_new(stack, ccdk_fmt(stack, "%s-functionName", id),
                        &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(f)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-runtime-inlinecode", NULL);
    const char *py = "def handler(event, context):\n  return \"success\"";
    const char *js = "exports.handler = async function(event) { return \"success\" }";
    fn(stack, "PYTHON_3_8", CCDK_LAMBDA_RUNTIME_PYTHON_3_8, py);
    fn(stack, "PYTHON_3_9", CCDK_LAMBDA_RUNTIME_PYTHON_3_9, py);
    fn(stack, "PYTHON_3_10", CCDK_LAMBDA_RUNTIME_PYTHON_3_10, py);
    fn(stack, "PYTHON_3_12", CCDK_LAMBDA_RUNTIME_PYTHON_3_12, py);
    fn(stack, "PYTHON_3_13", CCDK_LAMBDA_RUNTIME_PYTHON_3_13, py);
    fn(stack, "NODEJS_18_X", CCDK_LAMBDA_RUNTIME_NODEJS_18_X, js);
    fn(stack, "NODEJS_20_X", CCDK_LAMBDA_RUNTIME_NODEJS_20_X, js);
    fn(stack, "NODEJS_22_X", CCDK_LAMBDA_RUNTIME_NODEJS_22_X, js);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
