/* ported-ec2-port-peer-values: security-group.test.ts's Peer and Port values (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

static ccdk_stack *stack;
static int n;

static void out(const char *value)
{
    char id[16];
    snprintf(id, sizeof id, "Out%d", n++);
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

static const char *uid(ccdk_ec2_peer peer) { return ccdk_ec2_peer_unique_id(&peer); }

/* `${peer.uniqueId} ${peer.canInlineRule}` */
static void out_peer(ccdk_ec2_peer peer)
{
    out(ccdk_fmt(stack, "%s %s", ccdk_ec2_peer_unique_id(&peer), ccdk_ec2_peer_can_inline_rule(&peer) ? "true" : "false"));
}

/* `${port.toString()} ${port.canInlineRule}` */
static void out_port(ccdk_ec2_port port)
{
    out(ccdk_fmt(stack, "%s %s", ccdk_ec2_port_to_string(&port), ccdk_ec2_port_can_inline_rule(&port) ? "true" : "false"));
}

/* Lazy.number({produce: () => n}) */
static ccdk_value *produce(void *ctx) { return ccdk_v_number(stack, *(const double *)ctx); }
static const char *lazy_number(const double *v) { return ccdk_token_as_string(ccdk_lazy_value(stack, produce, (void *)v)); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "12345678", .region = "dummy"});
    const char *v4[] = {"0.0.0.0/0", "192.168.255.255/24"};
    for (size_t i = 0; i < 2; i++)
        out(uid(ccdk_ec2_peer_ipv4(v4[i])));
    const char *v6[] = {"::/0", "2001:db8::/32", "2001:0db8:0000:0000:0000:8a2e:0370:7334/32", "2001:db8::8a2e:370:7334/32"};
    for (size_t i = 0; i < 4; i++)
        out(uid(ccdk_ec2_peer_ipv6(v6[i])));
    const char *ids[] = {"sg-12345678", "sg-0123456789abcdefg"}, *owners[] = {"000000000000", "000000000001"};
    for (size_t i = 0; i < 2; i++) {
        out(uid(ccdk_ec2_peer_security_group_id(ids[i], NULL)));
        for (size_t j = 0; j < 2; j++)
            out(uid(ccdk_ec2_peer_security_group_id(ids[i], owners[j])));
    }
    out(uid(ccdk_ec2_peer_any_ipv4()));
    out(uid(ccdk_ec2_peer_any_ipv6()));
    out(uid(ccdk_ec2_peer_prefix_list("pl-012345")));
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
    ccdk_ec2_security_group *group = ccdk_ec2_security_group_new(stack, "PeerGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    out_peer(ccdk_ec2_peer_ipv4("10.0.0.0/8"));
    out_peer(ccdk_ec2_peer_any_ipv6());
    out_peer(ccdk_ec2_peer_prefix_list("pl-1"));
    out_peer(ccdk_ec2_peer_security_group_id("sg-12345678", NULL));
    out_peer(ccdk_ec2_peer_security_group(group));

    static const double n80 = 80, n5000 = 5000;
    const char *p1 = lazy_number(&n80), *p2 = lazy_number(&n5000);
    out_port(ccdk_ec2_port_tcp_token(p1));
    out_port(ccdk_ec2_port_tcp_token(p2));
    out_port(ccdk_ec2_port_new(&(ccdk_ec2_port_props){.protocol = CCDK_EC2_PROTOCOL_TCP, .from_port = CCDK_NUM_TOKEN(p1),
                                                      .to_port = CCDK_NUM(90), .string_representation = "{IndirectPort}-90"}));
    out_port(ccdk_ec2_port_new(&(ccdk_ec2_port_props){.protocol = CCDK_EC2_PROTOCOL_TCP, .from_port = CCDK_NUM(80),
                                                      .to_port = CCDK_NUM_TOKEN(p2), .string_representation = "80-{IndirectPort}"}));
    out_port(ccdk_ec2_port_udp_token(p1));
    out_port(ccdk_ec2_port_new(&(ccdk_ec2_port_props){.protocol = CCDK_EC2_PROTOCOL_UDP, .from_port = CCDK_NUM(85),
                                                      .to_port = CCDK_NUM_TOKEN(p2),
                                                      .string_representation = "UDP 85-{IndirectPort}"}));
    out_port(ccdk_ec2_port_tcp(443));
    out_port(ccdk_ec2_port_all_traffic());
    out_port(ccdk_ec2_port_icmp_type_and_code(5, 1));
    out_port(CCDK_EC2_PORT_SSH);
    out_port(CCDK_EC2_PORT_DNS_UDP);
    out_port(ccdk_ec2_port_tcp(22));
    out_port(ccdk_ec2_port_udp(53));

    ccdk_stack *lookup_stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_lookup(lookup_stack, "stack", "sg-1234");
    ccdk_cfn_output_new(lookup_stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_ec2_security_group_id(sg)});
    ccdk_cfn_output_new(lookup_stack, "AllowAllOutbound", &(ccdk_cfn_output_props){
        .value = ccdk_ec2_security_group_allow_all_outbound(sg) ? "true" : "false"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
