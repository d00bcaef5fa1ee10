/* A function's security groups are security groups: a VPC (or any other handle) in their list is a
 * compile error, and so is a VPC where a security group's connections are asked for. */
// expect: incompatible pointer type
#include <ccdk/lambda.h>

void f(ccdk_stack *stack, ccdk_lambda_code *code, ccdk_ec2_vpc *vpc, ccdk_ec2_security_group *sg)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
        .vpc = vpc,
#ifndef CONTROL
        .security_groups = CCDK_LIST(vpc),
#else
        .security_groups = CCDK_LIST(sg),
#endif
    });
}
