/* A plain integer where an optional number goes, in a program built without -Werror (as the
 * conformance runner builds): `.memory_size = 256` compiled with a warning and wrote MemorySize 0
 * with exit status 0. ccdk/core.h makes the int-conversion an error whatever the flags. */
// expect: int-conversion
// flags: -std=c11
#include <ccdk/lambda.h>

ccdk_lambda_function_props f(void)
{
    return (ccdk_lambda_function_props){
#ifndef CONTROL
        .memory_size = 256,
#else
        .memory_size = CCDK_NUM(256),
#endif
    };
}
