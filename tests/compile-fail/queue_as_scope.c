/* A construct's parent is an App, a Stack or a Construct; another construct as a parent is said
 * with CCDK_CONSTRUCT(x). A queue passed where the scope goes (arguments swapped, say) used to
 * compile and fail at run time. */
// expect: _Generic|Generic
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

void f(ccdk_stack *stack, ccdk_sqs_queue *queue, ccdk_lambda_code *code)
{
    const ccdk_lambda_function_props props = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler", .code = code};
#ifndef CONTROL
    ccdk_lambda_function_new(queue, "Fn", &props);
#else
    ccdk_lambda_function_new(stack, "Fn", &props);
    ccdk_lambda_function_new(CCDK_CONSTRUCT(queue), "Fn2", &props);
#endif
}
