/* VPN gateways of a Vpc: vpnGateway, vpnGatewayAsn, vpnRoutePropagation (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_stack_props env = {.account = "123456789012", .region = "us-east-1"};
    {
        ccdk_stack *stack = ccdk_stack_new(app, "VpnGateway", &env);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE, .vpn_gateway = CCDK_TRUE, .vpn_gateway_asn = CCDK_NUM(65000)});
        ccdk_cfn_output_new(stack, "VpnGatewayId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_vpn_gateway_id(vpc)});
        ccdk_ec2_vpc *imported = ccdk_ec2_vpc_from_vpc_attributes(stack, "Imported", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("us-east-1a"), .vpn_gateway_id = "vgw-1234"});
        ccdk_cfn_output_new(stack, "ImportedVpnGatewayId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_vpn_gateway_id(imported)});
    }
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "PropagationIsolated", &env), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
                                          {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
        .vpn_gateway = CCDK_TRUE,
        .vpn_route_propagation = CCDK_EC2_SUBNET_SELECTIONS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
    });
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "PropagationPrivateIsolated", &env), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
                                          {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .name = "Private"},
                                          {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
        .vpn_gateway = CCDK_TRUE,
        .vpn_route_propagation = CCDK_EC2_SUBNET_SELECTIONS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
                                                            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
    });
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "DefaultIsolated", &env), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
                                          {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
        .vpn_gateway = CCDK_TRUE,
    });
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "DefaultPublic", &env), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"}),
        .vpn_gateway = CCDK_TRUE,
    });
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "AsnOnly", NULL), "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(1),
        .vpn_gateway_asn = CCDK_NUM(64600),
        .vpn_route_propagation = CCDK_EC2_SUBNET_SELECTIONS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
                                                            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .one_per_az = CCDK_TRUE},
                                                            {.subnet_group_name = "Private"}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
