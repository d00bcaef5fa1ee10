/* ifunction.c - what every IFunction (Function, Version, Alias, imported function) answers through
 * the public API, for the modules that take any of them (events targets) without lambda's internals. */
#include "lambda_internal.h"

const char *ccdk_lambda_ifunction_arn(void *fn)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    return fb ? fb->arn : NULL;
}
