/* Conformance case 'integ-ec2-vpc-gateway': aws-ec2 test/integ.vpc-gateway.ts (nothing dropped). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-ec2-vpc-gateway", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "MyVpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(1),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
    });

    ccdk_ec2_subnet_add_route(ccdk_ec2_vpc_isolated_subnets(vpc).items[0], "MyRoute", &(ccdk_ec2_add_route_options){
        .router_id = ccdk_ec2_vpc_internet_gateway_id(vpc),
        .router_type = CCDK_EC2_ROUTER_TYPE_GATEWAY,
        .destination_cidr_block = "8.8.8.8/32",
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
