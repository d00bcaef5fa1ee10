/* The kinds of Port that security-group-peers leaves out: well-known ports, allIcmpV6/esp/ah, ports of
 * number tokens and new Port(props) (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

static ccdk_stack *stack;

/* Lazy.number({produce: () => n}) */
static ccdk_value *produce(void *ctx) { return ccdk_v_number(stack, *(const double *)ctx); }

static const char *lazy_number(ccdk_stack *owner, const double *n)
{
    return ccdk_token_as_string(ccdk_lazy_value(owner, produce, (void *)n));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "12345678", .region = "dummy"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});

    ccdk_ec2_security_group *known = ccdk_ec2_security_group_new(stack, "WellKnown", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    const ccdk_ec2_port well_known[] = {
        CCDK_EC2_PORT_SSH, CCDK_EC2_PORT_SMTP, CCDK_EC2_PORT_DNS_UDP, CCDK_EC2_PORT_DNS_TCP, CCDK_EC2_PORT_HTTP,
        CCDK_EC2_PORT_POP3, CCDK_EC2_PORT_IMAP, CCDK_EC2_PORT_LDAP, CCDK_EC2_PORT_HTTPS, CCDK_EC2_PORT_SMB,
        CCDK_EC2_PORT_IMAPS, CCDK_EC2_PORT_POP3S, CCDK_EC2_PORT_MSSQL, CCDK_EC2_PORT_NFS, CCDK_EC2_PORT_MYSQL_AURORA,
        CCDK_EC2_PORT_RDP, CCDK_EC2_PORT_POSTGRES,
    };
    for (size_t i = 0; i < sizeof well_known / sizeof *well_known; i++)
        ccdk_ec2_security_group_add_ingress_rule(known, ccdk_ec2_peer_ipv4("10.0.0.0/16"), well_known[i], NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(known, ccdk_ec2_peer_ipv4("10.0.0.0/16"), CCDK_EC2_PORT_DNS_UDP, NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(known, ccdk_ec2_peer_ipv4("10.0.0.0/16"), CCDK_EC2_PORT_HTTPS, "to the VPC",
                                            CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(known, ccdk_ec2_peer_any_ipv6(), ccdk_ec2_port_all_icmp_v6(), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(known, ccdk_ec2_peer_ipv4("192.0.2.0/24"), ccdk_ec2_port_esp(), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(known, ccdk_ec2_peer_ipv4("192.0.2.0/24"), ccdk_ec2_port_ah(), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(known, ccdk_ec2_peer_ipv4("192.0.2.0/24"), ccdk_ec2_port_esp(), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(known, ccdk_ec2_peer_any_ipv6(), ccdk_ec2_port_all_icmp_v6(), NULL, CCDK_UNSET);

    /* token ports between every kind of peer */
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_ipv6_outbound = CCDK_TRUE});
    ccdk_ec2_security_group *peer_group = ccdk_ec2_security_group_new(stack, "PeerGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    const ccdk_ec2_peer peers[] = {
        ccdk_ec2_peer_security_group(peer_group), ccdk_ec2_peer_any_ipv4(), ccdk_ec2_peer_any_ipv6(),
        ccdk_ec2_peer_prefix_list("pl-012345"), ccdk_ec2_peer_security_group_id("sg-012345678", NULL),
    };
    static const double n5000 = 5000, n7777 = 7777, n80 = 80, n2000 = 2000;
    const ccdk_ec2_port token_ports[] = {
        ccdk_ec2_port_tcp_token(lazy_number(stack, &n5000)),
        ccdk_ec2_port_udp_token(lazy_number(stack, &n7777)),
    };
    ccdk_ec2_connections *conn = ccdk_ec2_security_group_connections(sg);
    for (size_t i = 0; i < sizeof peers / sizeof *peers; i++) {
        for (size_t j = 0; j < 2; j++) {
            ccdk_ec2_connections_allow_to_peer(conn, peers[i], token_ports[j], NULL);
            ccdk_ec2_connections_allow_from_peer(conn, peers[i], token_ports[j], NULL);
        }
    }

    /* canInlineRule false: each rule a resource; ranges with a token end through new Port */
    const char *p1 = lazy_number(stack, &n80), *p2 = lazy_number(stack, &n5000);
#define RANGE(proto, from, to, text) \
    ccdk_ec2_port_new(&(ccdk_ec2_port_props){.protocol = (proto), .from_port = (from), .to_port = (to), .string_representation = (text)})
    const ccdk_ec2_port ports[] = {
        ccdk_ec2_port_tcp_token(p1),
        ccdk_ec2_port_tcp_token(p2),
        RANGE(CCDK_EC2_PROTOCOL_TCP, CCDK_NUM_TOKEN(p1), CCDK_NUM(90), "{IndirectPort}-90"),
        RANGE(CCDK_EC2_PROTOCOL_TCP, CCDK_NUM(80), CCDK_NUM_TOKEN(p2), "80-{IndirectPort}"),
        RANGE(CCDK_EC2_PROTOCOL_TCP, CCDK_NUM_TOKEN(p1), CCDK_NUM_TOKEN(p2), "{IndirectPort}-{IndirectPort}"),
        ccdk_ec2_port_udp_token(p1),
        RANGE(CCDK_EC2_PROTOCOL_UDP, CCDK_NUM_TOKEN(p1), CCDK_NUM(95), "UDP {IndirectPort}-95"),
        RANGE(CCDK_EC2_PROTOCOL_UDP, CCDK_NUM(85), CCDK_NUM_TOKEN(p2), "UDP 85-{IndirectPort}"),
        RANGE(CCDK_EC2_PROTOCOL_UDP, CCDK_NUM_TOKEN(p1), CCDK_NUM_TOKEN(p2), "UDP {IndirectPort}-{IndirectPort}"),
    };
    ccdk_ec2_security_group *tokens = ccdk_ec2_security_group_new(stack, "Tokens", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    for (size_t i = 0; i < sizeof ports / sizeof *ports; i++) {
        char cidr[32], description[32];
        snprintf(cidr, sizeof cidr, "10.%zu.0.0/16", i);
        snprintf(description, sizeof description, "egress %zu", i);
        ccdk_ec2_security_group_add_ingress_rule(tokens, ccdk_ec2_peer_ipv4(cidr), ports[i], NULL, CCDK_UNSET);
        ccdk_ec2_security_group_add_egress_rule(tokens, ccdk_ec2_peer_ipv4(cidr), ports[i], description, CCDK_UNSET);
    }
    ccdk_ec2_security_group_add_ingress_rule(tokens, ccdk_ec2_peer_ipv4("10.100.0.0/16"), ccdk_ec2_port_tcp(443), "inline",
                                             CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(tokens, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_tcp_token(p2),
                                             "dropped", CCDK_UNSET);

    /* new Port(props) */
    ccdk_ec2_security_group *custom = ccdk_ec2_security_group_new(stack, "Custom", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_peer ten = ccdk_ec2_peer_ipv4("10.0.0.0/8");
    ccdk_ec2_security_group_add_ingress_rule(custom, ten, ccdk_ec2_port_new(&(ccdk_ec2_port_props){
        .protocol = CCDK_EC2_PROTOCOL_GRE, .string_representation = "GRE"}), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(custom, ten, RANGE(CCDK_EC2_PROTOCOL_IPTM, CCDK_NUM(1), CCDK_NUM(2), "IPTM 1-2"),
                                             NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(custom, ten, ccdk_ec2_port_new(&(ccdk_ec2_port_props){
        .protocol = CCDK_EC2_PROTOCOL_TCP, .from_port = CCDK_NUM(8080), .string_representation = "from 8080"}), "from only",
        CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(custom, ten, ccdk_ec2_port_new(&(ccdk_ec2_port_props){
        .protocol = CCDK_EC2_PROTOCOL_TCP, .from_port = CCDK_NUM(8080), .string_representation = "same rule"}), "a duplicate",
        CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(custom, ten, RANGE(CCDK_EC2_PROTOCOL_SCTP, CCDK_NUM(9), CCDK_NUM(9), "SCTP 9"),
                                            NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(custom, ccdk_ec2_peer_prefix_list("pl-99999"),
                                            RANGE(CCDK_EC2_PROTOCOL_ICMPV6, CCDK_NUM(-1), CCDK_NUM(-1), "any ICMPv6"), NULL,
                                            CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(custom, peers[0],
                                             RANGE(CCDK_EC2_PROTOCOL_UDP, CCDK_NUM(1000),
                                                   CCDK_NUM_TOKEN(lazy_number(stack, &n2000)), "UDP 1000-?"),
                                             NULL, CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
