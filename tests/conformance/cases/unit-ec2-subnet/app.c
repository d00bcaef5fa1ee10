/* new ec2.Subnet (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CidrBlock", NULL);
        ccdk_ec2_subnet_new(stack, "Subnet", &(ccdk_ec2_subnet_props){
            .vpc_id = "vpc-1234", .availability_zone = "us-east-1a", .cidr_block = "10.0.0.0/24"});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Ipv6CidrBlock", NULL);
        ccdk_ec2_subnet_new(stack, "Subnet", &(ccdk_ec2_subnet_props){
            .vpc_id = "vpc-1234",
            .availability_zone = "us-east-1a",
            .cidr_block = "10.0.0.0/24",
            .ipv6_cidr_block = "2001:db8::/64",
            .assign_ipv6_address_on_creation = CCDK_TRUE,
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PublicWithRoute", NULL);
        ccdk_ec2_subnet *subnet = ccdk_ec2_subnet_new(stack, "Subnet", &(ccdk_ec2_subnet_props){
            .vpc_id = "vpc-1234",
            .availability_zone = "us-east-1b",
            .cidr_block = "10.0.1.0/24",
            .map_public_ip_on_launch = CCDK_TRUE,
        });
        ccdk_ec2_subnet_add_route(subnet, "Internet", &(ccdk_ec2_add_route_options){
            .router_type = CCDK_EC2_ROUTER_TYPE_GATEWAY,
            .router_id = "igw-1234",
            .enables_internet_connectivity = CCDK_TRUE,
        });
        ccdk_cfn_output_new(stack, "SubnetId", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_id(subnet)});
        ccdk_cfn_output_new(stack, "RouteTableId", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_route_table_id(subnet)});
        ccdk_cfn_output_new(stack, "Az", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_availability_zone(subnet)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
