/* A C `false` where an optional boolean goes used to mean "not given" (ccdk_tristate was an enum
 * whose 0 is UNSET): dead_letter_queue_enabled = false silently kept the default. */
// expect: braces
#include <stdbool.h>
#include <ccdk/lambda.h>

void f(ccdk_stack *stack, ccdk_lambda_code *code)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
#ifndef CONTROL
        .dead_letter_queue_enabled = false,
#else
        .dead_letter_queue_enabled = CCDK_FALSE,
#endif
    });
}
