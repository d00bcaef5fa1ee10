/* security-group.test.ts's group tests: default egress rules, an IPv6 egress rule beside
 * allow_all_outbound, an ignored IPv4 one, the "Disallow all traffic" rule replaced; every kind of
 * peer by every kind of port through connections allowTo/allowFrom; token prefix lists; a source
 * security group's owner id. */
#include <ccdk/ec2.h>

static const char *dummyid1(void *ctx) { (void)ctx; return "dummyid1"; }
static const char *dummyid2(void *ctx) { (void)ctx; return "dummyid2"; }
static const char *sg_id(void *ctx) { (void)ctx; return "sg-01234567"; }
static const char *owner_id(void *ctx) { (void)ctx; return "000000000000"; }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){
        .account = "12345678", .region = "dummy"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});

    ccdk_ec2_security_group_new(stack, "AllOutbound", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_TRUE});
    ccdk_ec2_security_group_new(stack, "AllIpv6Outbound", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_ipv6_outbound = CCDK_TRUE});
    ccdk_ec2_security_group *ipv6 = ccdk_ec2_security_group_new(stack, "Ipv6Rule", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group_add_egress_rule(ipv6, ccdk_ec2_peer_ipv6("2001:db8::/128"), ccdk_ec2_port_tcp(80), NULL,
                                            CCDK_UNSET);
    ccdk_ec2_security_group *ignored = ccdk_ec2_security_group_new(stack, "Ignored", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_TRUE});
    ccdk_ec2_security_group_add_egress_rule(ignored, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(86),
                                            "This does not show up", CCDK_UNSET);
    ccdk_ec2_security_group_new(stack, "NoOutbound", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group *bogus = ccdk_ec2_security_group_new(stack, "Bogus", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group_add_egress_rule(bogus, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(86),
                                            "This replaces the other one", CCDK_UNSET);

    /* every kind of peer by every kind of port */
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_ipv6_outbound = CCDK_TRUE});
    ccdk_ec2_peer peers[] = {
        ccdk_ec2_peer_security_group(ccdk_ec2_security_group_new(stack, "PeerGroup", &(ccdk_ec2_security_group_props){.vpc = vpc})),
        ccdk_ec2_peer_any_ipv4(),
        ccdk_ec2_peer_any_ipv6(),
        ccdk_ec2_peer_prefix_list("pl-012345"),
        ccdk_ec2_peer_security_group_id("sg-012345678", NULL),
    };
    ccdk_ec2_port ports[] = {
        ccdk_ec2_port_tcp(1234),
        ccdk_ec2_port_all_tcp(),
        ccdk_ec2_port_tcp_range(80, 90),
        ccdk_ec2_port_udp(2345),
        ccdk_ec2_port_all_udp(),
        ccdk_ec2_port_udp_range(85, 95),
        ccdk_ec2_port_icmp_type_and_code(5, 1),
        ccdk_ec2_port_icmp_type(8),
        ccdk_ec2_port_all_icmp(),
        ccdk_ec2_port_icmp_ping(),
        ccdk_ec2_port_all_traffic(),
    };
    size_t npeers = sizeof peers / sizeof peers[0], nports = sizeof ports / sizeof ports[0];
    ccdk_ec2_connections *conn = ccdk_ec2_security_group_connections(sg);
    for (size_t i = 0; i < npeers; i++) {
        for (size_t k = 0; k < nports; k++) {
            ccdk_ec2_connections_allow_to_peer(conn, peers[i], ports[k], NULL);
            ccdk_ec2_connections_allow_from_peer(conn, peers[i], ports[k], NULL);
        }
    }
    ccdk_ec2_security_group *closed = ccdk_ec2_security_group_new(stack, "Closed", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    for (size_t i = 3; i < npeers; i++)
        for (size_t k = 0; k < 4; k++)
            ccdk_ec2_connections_allow_to_peer(ccdk_ec2_security_group_connections(closed), peers[i], ports[k], NULL);

    /* token peers on one group */
    ccdk_ec2_security_group *tokens = ccdk_ec2_security_group_new(stack, "Tokens", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group_add_ingress_rule(tokens, ccdk_ec2_peer_prefix_list(ccdk_lazy_string(stack, dummyid1, NULL)),
                                             ccdk_ec2_port_tcp(5432), "Rule 1", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(tokens, ccdk_ec2_peer_prefix_list(ccdk_lazy_string(stack, dummyid2, NULL)),
                                             ccdk_ec2_port_tcp(5432), "Rule 2", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(
        tokens, ccdk_ec2_peer_security_group_id(ccdk_lazy_string(stack, sg_id, NULL), ccdk_lazy_string(stack, owner_id, NULL)),
        ccdk_ec2_port_tcp(5432), "Rule 3", CCDK_UNSET);

    /* SourceSecurityGroupOwnerId */
    ccdk_ec2_security_group *owners = ccdk_ec2_security_group_new(stack, "Owners", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group_add_ingress_rule(owners, ccdk_ec2_peer_security_group_id("sg-123456789", NULL),
                                             ccdk_ec2_port_all_tcp(), "no owner id property", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(owners, ccdk_ec2_peer_security_group_id("sg-123456789", "000000000000"),
                                             ccdk_ec2_port_all_tcp(), "contains owner id property", CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(owners, ccdk_ec2_peer_security_group_id("sg-123456789", "000000000000"),
                                            ccdk_ec2_port_all_tcp(), "no owner id property", CCDK_UNSET);
    ccdk_ec2_security_group *separate = ccdk_ec2_security_group_new(stack, "Separate", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .disable_inline_rules = CCDK_TRUE, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group_add_ingress_rule(separate, ccdk_ec2_peer_security_group_id("sg-0123456789abcdefg", "000000000001"),
                                             ccdk_ec2_port_tcp(22), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(separate, ccdk_ec2_peer_security_group_id("sg-0123456789abcdefg", "000000000001"),
                                            ccdk_ec2_port_tcp(22), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(separate, ccdk_ec2_peer_prefix_list("pl-abcdef"), ccdk_ec2_port_udp(53), NULL,
                                            CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
