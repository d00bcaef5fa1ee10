/* recursive_loop.c - Function prop recursiveLoop (lambda.RecursiveLoop): the RecursiveLoop property. */
#include "lambda_internal.h"

void ccdk__fn_step_recursive_loop(ccdk__fn_ctor *c)
{
    ccdk_lambda_recursive_loop r = c->props->recursive_loop;
    if (r == CCDK_LAMBDA_RECURSIVE_LOOP_UNSET || !c->fn->resource)
        return;
    if (r != CCDK_LAMBDA_RECURSIVE_LOOP_ALLOW && r != CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE)
        return; /* none of the constants: an error already (function.c's validate_enums) */
    ccdk__res_set(c->fn->resource, "RecursiveLoop",
                  ccdk__v_str(c->app, r == CCDK_LAMBDA_RECURSIVE_LOOP_ALLOW ? "Allow" : "Terminate"));
}
