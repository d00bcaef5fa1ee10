/* CCDK_LIST takes the type of its first item: a list of functions where layers go is a compile
 * error, not a list of the wrong pointers. */
// expect: incompatible pointer type
#include <ccdk/lambda.h>

void f(ccdk_stack *stack, ccdk_lambda_code *code, ccdk_lambda_function *other, ccdk_lambda_layer_version *layer)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
#ifndef CONTROL
        .layers = CCDK_LIST(other),
#else
        .layers = CCDK_LIST(layer),
#endif
    });
}
