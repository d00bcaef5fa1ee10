/* Conformance case 'integ-lambda-recursive-loop': aws-lambda test/integ.lambda-recursive-loop.ts
 * (the IntegTest is dropped). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_lambda_function_new(stack, "LambdaWithRecursionLoopProtection", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE,
    });
    ccdk_lambda_function_new(stack, "LambdaWithoutRecursionLoopProtection", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_ALLOW,
    });
    ccdk_lambda_function_new(stack, "LambdaWithDefaultRecursionLoopProtection", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
