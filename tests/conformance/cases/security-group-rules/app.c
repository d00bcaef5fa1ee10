/* SecurityGroup rules in their forms: inline IPv4/IPv6, duplicates, egress with allow_all_outbound
 * false, allow_all_ipv6_outbound, a named group, disable_inline_rules, group-to-group rules,
 * imported groups (mutable and not), UDP/ICMP/all-traffic ports. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});

    ccdk_ec2_security_group *web = ccdk_ec2_security_group_new(stack, "Web", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .security_group_name = "web-sg", .allow_all_ipv6_outbound = CCDK_TRUE});
    ccdk_ec2_security_group_add_ingress_rule(web, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(443), "HTTPS", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(web, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(443),
                                             "HTTPS again: a duplicate", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(web, ccdk_ec2_peer_any_ipv6(), ccdk_ec2_port_tcp(443), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(web, ccdk_ec2_peer_ipv6("2001:db8::/32"), ccdk_ec2_port_all_icmp(), NULL,
                                             CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(web, ccdk_ec2_peer_ipv4("10.1.0.0/16"), ccdk_ec2_port_udp(53),
                                            "ignored: allowAllOutbound", CCDK_UNSET);

    ccdk_ec2_security_group *locked = ccdk_ec2_security_group_new(stack, "Locked", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE, .description = "locked down"});
    ccdk_ec2_security_group_add_egress_rule(locked, ccdk_ec2_peer_ipv4("10.1.0.0/16"), ccdk_ec2_port_udp_range(8000, 8100),
                                            NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(locked, ccdk_ec2_peer_ipv4("10.2.0.0/16"), ccdk_ec2_port_all_udp(), "udp",
                                            CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(locked, ccdk_ec2_peer_security_group(web), ccdk_ec2_port_all_traffic(), NULL,
                                             CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(locked, ccdk_ec2_peer_security_group(web), ccdk_ec2_port_tcp(8443), "to web",
                                            CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(locked, ccdk_ec2_peer_ipv4("10.3.0.0/24"),
                                             ccdk_ec2_port_icmp_type_and_code(8, 0), NULL, CCDK_UNSET);

    ccdk_ec2_security_group *separate = ccdk_ec2_security_group_new(stack, "Separate", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .disable_inline_rules = CCDK_TRUE});
    ccdk_ec2_security_group_add_ingress_rule(separate, ccdk_ec2_peer_ipv4("172.16.0.0/12"), ccdk_ec2_port_all_tcp(), NULL,
                                             CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(separate, ccdk_ec2_peer_security_group(locked),
                                             ccdk_ec2_port_tcp_range(1000, 2000), NULL, CCDK_UNSET);

    ccdk_ec2_security_group *imported =
        ccdk_ec2_security_group_from_security_group_id(stack, "Imported", "sg-0aaaabbbbccccdddd", CCDK_UNSET, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(imported, ccdk_ec2_peer_ipv4("10.9.0.0/16"), ccdk_ec2_port_tcp(22), NULL,
                                             CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(imported, ccdk_ec2_peer_ipv4("10.9.0.0/16"), ccdk_ec2_port_tcp(22),
                                            "dropped: allowAllOutbound by default", CCDK_UNSET);
    ccdk_ec2_security_group *frozen =
        ccdk_ec2_security_group_from_security_group_id(stack, "Frozen", "sg-0eeeeffff00001111", CCDK_UNSET, CCDK_FALSE);
    ccdk_ec2_security_group_add_ingress_rule(frozen, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
    ccdk_ec2_connections_allow_from(ccdk_ec2_security_group_connections(web), ccdk_ec2_security_group_connections(frozen),
                                    ccdk_ec2_port_tcp(8080), NULL);
    ccdk_cfn_output_new(stack, "WebId", &(ccdk_cfn_output_props){.value = ccdk_ec2_security_group_id(web)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
