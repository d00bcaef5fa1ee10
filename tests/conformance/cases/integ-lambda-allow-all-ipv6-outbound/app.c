/* Conformance case 'integ-lambda-allow-all-ipv6-outbound': aws-lambda
 * test/integ.lambda-allow-all-ipv6-outbound.ts (a function in a VPC with allowAllIpv6Outbound).
 * Dropped: the IntegTest. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "LambdaAllowAllIpv6Outbound", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_lambda_function_new(stack, "Lambda_with_IPv6_VPC", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "def main(event, context): pass"),
        .handler = "index.main",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .vpc = vpc,
        .allow_all_ipv6_outbound = CCDK_TRUE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
