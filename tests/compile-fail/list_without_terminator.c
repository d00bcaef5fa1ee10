/* A list used to be a NULL-terminated array: a hand-written one without its NULL compiled, and the
 * library walked off its end (undefined behaviour). Lists are now structs that only CCDK_LIST (and
 * CCDK_STRS, CCDK_KVS) build, so a bare array does not compile, with or without a NULL. */
// expect: incompatible pointer type|missing braces
#include <ccdk/lambda.h>

void f(ccdk_stack *stack, ccdk_lambda_code *code, ccdk_lambda_layer_version *layer)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
#ifndef CONTROL
        .layers = (ccdk_lambda_layer_version *const[]){layer},
#else
        .layers = CCDK_LIST(layer),
#endif
    });
}
