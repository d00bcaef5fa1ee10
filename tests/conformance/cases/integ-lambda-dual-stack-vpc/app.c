/* Conformance case 'integ-lambda-dual-stack-vpc': aws-lambda test/integ.lambda_with_dualStack_vpc.ts
 * (the IntegTest is dropped). NatProvider.gateway() is the VPC's default (and ccdk's only) NAT
 * provider; its configuredGateways' ids are ccdk_ec2_vpc_nat_gateway_ids. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "DualStackVpc", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "DualStackVpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "Ipv6Public1", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
                                                 {.name = "Ipv6Public2", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
                                                 {.name = "Ipv6Private1", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
    });
    const char *nat_gateway_id = ccdk_ec2_vpc_nat_gateway_ids(vpc).items[0];
    ccdk_ec2_subnet_add_ipv6_nat64_route(ccdk_ec2_vpc_private_subnets(vpc).items[0], nat_gateway_id);
    ccdk_lambda_function_new(stack, "Lambda_with_IPv6_VPC", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "def main(event, context): pass"),
        .handler = "index.main",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .vpc = vpc,
        .ipv6_allowed_for_dual_stack = CCDK_TRUE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
