/* vpc.test.ts's network ACL tests, a stack per test, and every kind of entry (see app.js). */
#include <ccdk/ec2.h>

static ccdk_app *app;
static ccdk_stack *test_stack(const char *id)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
}
static void output(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = test_stack("CustomAcl");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
                                                     {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .name = "private"}),
        });
        ccdk_ec2_network_acl *nacl1 = ccdk_ec2_network_acl_new(stack, "myNACL1", &(ccdk_ec2_network_acl_props){
            .vpc = vpc,
            .subnet_selection = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        });
        ccdk_ec2_network_acl_entry_new(stack, "AllowDNSEgress", &(ccdk_ec2_network_acl_entry_props){
            .network_acl = nacl1,
            .rule_number = CCDK_NUM(100),
            .traffic = ccdk_ec2_acl_traffic_udp_port(53),
            .direction = CCDK_EC2_TRAFFIC_DIRECTION_EGRESS,
            .cidr = ccdk_ec2_acl_cidr_ipv4("10.0.0.0/16"),
        });
        ccdk_ec2_network_acl_entry_new(stack, "AllowDNSIngress", &(ccdk_ec2_network_acl_entry_props){
            .network_acl = nacl1,
            .rule_number = CCDK_NUM(100),
            .traffic = ccdk_ec2_acl_traffic_udp_port(53),
            .direction = CCDK_EC2_TRAFFIC_DIRECTION_INGRESS,
            .cidr = ccdk_ec2_acl_cidr_any_ipv4(),
        });
    }
    {
        ccdk_stack *stack = test_stack("DefaultAclReference");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE, .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16")});
        output(stack, "Output", ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_vpc_public_subnets(vpc).items[0]));
    }
    {
        ccdk_stack *stack = test_stack("ReplacedAcl");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE, .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16")});
        output(stack, "Output", ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_vpc_public_subnets(vpc).items[0]));
        ccdk_ec2_network_acl_new(stack, "ACL", &(ccdk_ec2_network_acl_props){
            .vpc = vpc, .subnet_selection = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}});
    }
    {
        ccdk_stack *stack = test_stack("AclName");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE, .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16")});
        ccdk_ec2_network_acl_new(stack, "ACL", &(ccdk_ec2_network_acl_props){.vpc = vpc, .network_acl_name = "CustomNetworkAclName"});
    }
    {
        ccdk_stack *stack = test_stack("Entries");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .max_azs = CCDK_NUM(2),
            .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Ingress"},
                                                     {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Db"}),
        });
        ccdk_ec2_network_acl *acl = ccdk_ec2_network_acl_new(stack, "Acl", &(ccdk_ec2_network_acl_props){.vpc = vpc});
        ccdk_ec2_network_acl_associate_with_subnet(acl, "Db", &(ccdk_ec2_subnet_selection){.subnet_group_name = "Db"});
        ccdk_ec2_network_acl_add_entry(acl, "AllTraffic", &(ccdk_ec2_network_acl_entry_options){
            .rule_number = CCDK_NUM(100), .traffic = ccdk_ec2_acl_traffic_all_traffic(), .cidr = ccdk_ec2_acl_cidr_any_ipv4()});
        ccdk_ec2_network_acl_add_entry(acl, "Icmp", &(ccdk_ec2_network_acl_entry_options){
            .rule_number = CCDK_NUM(110),
            .traffic = ccdk_ec2_acl_traffic_icmp((ccdk_ec2_acl_icmp){.code = CCDK_NUM(-1), .type = CCDK_NUM(8)}),
            .cidr = ccdk_ec2_acl_cidr_ipv4("10.0.0.0/8"),
            .direction = CCDK_EC2_TRAFFIC_DIRECTION_INGRESS,
            .rule_action = CCDK_EC2_ACL_ACTION_DENY,
        });
        ccdk_ec2_network_acl_add_entry(acl, "IcmpV6", &(ccdk_ec2_network_acl_entry_options){
            .rule_number = CCDK_NUM(120),
            .traffic = ccdk_ec2_acl_traffic_icmpv6((ccdk_ec2_acl_icmp){.type = CCDK_NUM(128)}),
            .cidr = ccdk_ec2_acl_cidr_any_ipv6(),
        });
        ccdk_ec2_network_acl_add_entry(acl, "TcpRange", &(ccdk_ec2_network_acl_entry_options){
            .rule_number = CCDK_NUM(130),
            .traffic = ccdk_ec2_acl_traffic_tcp_port_range(1024, 65535),
            .cidr = ccdk_ec2_acl_cidr_ipv6("2600:1f18::/64"),
            .direction = CCDK_EC2_TRAFFIC_DIRECTION_EGRESS,
            .rule_action = CCDK_EC2_ACL_ACTION_ALLOW,
            .network_acl_entry_name = "ephemeral",
        });
        ccdk_ec2_network_acl_add_entry(acl, "Tcp", &(ccdk_ec2_network_acl_entry_options){
            .rule_number = CCDK_NUM(140), .traffic = ccdk_ec2_acl_traffic_tcp_port(443), .cidr = ccdk_ec2_acl_cidr_ipv4("10.1.0.0/16")});
        ccdk_ec2_network_acl_add_entry(acl, "UdpRange", &(ccdk_ec2_network_acl_entry_options){
            .rule_number = CCDK_NUM(150), .traffic = ccdk_ec2_acl_traffic_udp_port_range(5000, 5010), .cidr = ccdk_ec2_acl_cidr_any_ipv4()});
        output(stack, "AclId", ccdk_ec2_network_acl_id(acl));
        output(stack, "AclVpcId", ccdk_ec2_network_acl_vpc_id(acl));
        output(stack, "DbSubnetAcl", ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_vpc_isolated_subnets(vpc).items[1]));

        ccdk_ec2_network_acl *imported = ccdk_ec2_network_acl_from_network_acl_id(stack, "Imported", "acl-1234");
        ccdk_ec2_subnet *ingress0 = ccdk_ec2_vpc_public_subnets(vpc).items[0];
        output(stack, "IngressSubnetAcl", ccdk_ec2_subnet_network_acl_association_id(ingress0));
        ccdk_ec2_subnet_associate_network_acl(ingress0, "Imported", imported);
        ccdk_ec2_network_acl_add_entry(imported, "Ssh", &(ccdk_ec2_network_acl_entry_options){
            .rule_number = CCDK_NUM(200), .traffic = ccdk_ec2_acl_traffic_tcp_port(22), .cidr = ccdk_ec2_acl_cidr_ipv4("192.0.2.0/24")});
        ccdk_ec2_network_acl_entry_new(stack, "Outside", &(ccdk_ec2_network_acl_entry_props){
            .network_acl = imported,
            .rule_number = CCDK_NUM(210),
            .traffic = ccdk_ec2_acl_traffic_udp_port(123),
            .cidr = ccdk_ec2_acl_cidr_any_ipv4(),
            .direction = CCDK_EC2_TRAFFIC_DIRECTION_EGRESS,
        });
        output(stack, "ImportedId", ccdk_ec2_network_acl_id(imported));
        output(stack, "SecondIngressSubnetAcl", ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_vpc_public_subnets(vpc).items[1]));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
