/* A `void *` (what ccdk_node_try_find_child gave before, or a NULL) is not a handle the compiler
 * can check: it must be given its type. */
// expect: _Generic|Generic
#include <ccdk/lambda.h>

void f(ccdk_stack *stack, ccdk_lambda_code *code)
{
    const ccdk_lambda_function_props props = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler", .code = code};
    void *found = (void *)stack;
#ifndef CONTROL
    ccdk_lambda_function_new(found, "Fn", &props);
#else
    ccdk_lambda_function_new((ccdk_stack *)found, "Fn", &props);
#endif
}
