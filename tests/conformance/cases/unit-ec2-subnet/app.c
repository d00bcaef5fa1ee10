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
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ExplicitSubnets", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234",
            .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c"),
            .public_subnet_ids = CCDK_STRS("pub-1", "pub-2", "pub-3"),
            .public_subnet_route_table_ids = CCDK_STRS("rt-1", "rt-2", "rt-3"),
        });
        ccdk_strs azs = ccdk_ec2_vpc_availability_zones(vpc);
        ccdk_ec2_subnet *subnet = ccdk_ec2_private_subnet_new(stack, "Subnet", &(ccdk_ec2_subnet_props){
            .availability_zone = azs.items[0], .cidr_block = "10.0.0.0/28", .vpc_id = ccdk_ec2_vpc_id(vpc)});
        ccdk_ec2_subnet *pub = ccdk_ec2_public_subnet_new(stack, "PublicSubnet", &(ccdk_ec2_subnet_props){
            .availability_zone = azs.items[1],
            .cidr_block = "10.0.0.16/28",
            .vpc_id = ccdk_ec2_vpc_id(vpc),
            .map_public_ip_on_launch = CCDK_TRUE,
        });
        ccdk_ec2_selected_subnets sel, both;
        ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnets = CCDK_LIST_OF(ccdk_ec2_subnet *, subnet)}, &sel);
        ccdk_cfn_output_new(stack, "Selected", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", sel.subnet_ids)});
        ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnets = CCDK_LIST_OF(ccdk_ec2_subnet *, subnet, pub)}, &both);
        ccdk_cfn_output_new(stack, "SelectedBoth", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", both.subnet_ids)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
