/* A subnet's network ACL read in another stack, and an ACL of that stack associated with the VPC's
 * subnet (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *network = ccdk_stack_new(app, "Network", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(network, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .max_azs = CCDK_NUM(2),
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
                                                 {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
    });
    ccdk_ec2_network_acl_new(network, "IsolatedAcl", &(ccdk_ec2_network_acl_props){
        .vpc = vpc, .subnet_selection = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}});

    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_cfn_output_new(consumer, "IsolatedAclId", &(ccdk_cfn_output_props){
        .value = ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_vpc_isolated_subnets(vpc).items[0])});
    ccdk_cfn_output_new(consumer, "PublicAclId", &(ccdk_cfn_output_props){
        .value = ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_vpc_public_subnets(vpc).items[0])});
    ccdk_ec2_network_acl *acl = ccdk_ec2_network_acl_new(consumer, "PublicAcl", &(ccdk_ec2_network_acl_props){.vpc = vpc});
    ccdk_ec2_network_acl_add_entry(acl, "Https", &(ccdk_ec2_network_acl_entry_options){
        .rule_number = CCDK_NUM(100), .traffic = ccdk_ec2_acl_traffic_tcp_port(443), .cidr = ccdk_ec2_acl_cidr_any_ipv4()});
    ccdk_ec2_subnet *second = ccdk_ec2_vpc_public_subnets(vpc).items[1];
    ccdk_ec2_subnet_associate_network_acl(second, "Second", acl);
    ccdk_cfn_output_new(consumer, "SecondPublicAclId", &(ccdk_cfn_output_props){
        .value = ccdk_ec2_subnet_network_acl_association_id(second)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
