/* Setting an optional boolean field from a C boolean. */
// expect: incompatible types|assigning to 'ccdk_tristate'
#include <stdbool.h>
#include <ccdk/lambda_versions.h>

void f(ccdk_lambda_function_url_cors *cors)
{
#ifndef CONTROL
    cors->allow_credentials = true;
#else
    cors->allow_credentials = CCDK_TRUE;
#endif
}
