/* Error: Subnet.addRoute with both an IPv4 and an IPv6 destination (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(1), .nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_subnet_add_route(ccdk_ec2_vpc_public_subnets(vpc).items[0], "Both", &(ccdk_ec2_add_route_options){
        .router_id = ccdk_ec2_vpc_internet_gateway_id(vpc),
        .router_type = CCDK_EC2_ROUTER_TYPE_GATEWAY,
        .destination_cidr_block = "8.8.8.8/32",
        .destination_ipv6_cidr_block = "2001:db8::/32",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
