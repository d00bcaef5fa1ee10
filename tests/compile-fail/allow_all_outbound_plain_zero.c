/* allow_all_outbound is an optional boolean (ccdk_tristate): a plain `false` in a function's VPC
 * props must not compile (it would read as "not given", i.e. true). */
// expect: (missing braces|incompatible types?|invalid initializer)
#include <ccdk/lambda.h>

void f(ccdk_stack *stack, ccdk_lambda_code *code, ccdk_ec2_vpc *vpc)
{
    ccdk_lambda_function_props p = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
        .vpc = vpc,
    };
#ifndef CONTROL
    p.allow_all_outbound = 0;
#else
    p.allow_all_outbound = CCDK_FALSE;
#endif
    ccdk_lambda_function_new(stack, "Fn", &p);
}
