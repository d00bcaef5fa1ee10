/* ipProtocol DUAL_STACK: default groups; public subnets only (the egress-only gateway as the feature
 * flag says); custom groups with ipv6AssignAddressOnCreation, a reserved group and AZ; no internet
 * gateway. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s1 = ccdk_stack_new(app, "Default", NULL);
    ccdk_ec2_vpc_new(s1, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .nat_gateways = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_stack *s2 = ccdk_stack_new(app, "PublicOnly", NULL);
    ccdk_ec2_vpc_new(s2, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .ipv6_addresses = CCDK_EC2_IPV6_ADDRESSES_AMAZON_PROVIDED(),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "Web", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}),
    });
    ccdk_stack *s3 = ccdk_stack_new(app, "Custom", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s3, "Network", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("172.20.0.0/20"),
        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1b"),
        .reserved_azs = CCDK_NUM(1),
        .nat_gateways = CCDK_NUM(2),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Edge", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24),
             .map_public_ip_on_launch = CCDK_TRUE},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .cidr_mask = CCDK_NUM(24),
             .ipv6_assign_address_on_creation = CCDK_FALSE},
            {.name = "Spare", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(26),
             .reserved = CCDK_TRUE},
            {.name = "Db", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED,
             .ipv6_assign_address_on_creation = CCDK_TRUE}),
    });
    ccdk_cfn_output_new(s3, "VpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_id(vpc)});
    ccdk_stack *s4 = ccdk_stack_new(app, "NoIgw", NULL);
    ccdk_ec2_vpc_new(s4, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .create_internet_gateway = CCDK_FALSE,
        .nat_gateways = CCDK_NUM(0),
        .max_azs = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "Private", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
