/* security-group.test.ts's "Peer rule config type safety" and Peer.securityGroupId of tokens (see
 * app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

static ccdk_stack *stack;

static void field(const char *name, const char *key, const char *value)
{
    if (!value)
        return;
    char id[128];
    snprintf(id, sizeof id, "%s%s", name, key);
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}
static void out_ingress(const char *name, ccdk_ec2_peer peer)
{
    ccdk_ec2_ingress_rule_config c = ccdk_ec2_peer_to_ingress_rule_config(&peer);
    field(name, "cidrIp", c.cidr_ip);
    field(name, "cidrIpv6", c.cidr_ipv6);
    field(name, "sourcePrefixListId", c.source_prefix_list_id);
    field(name, "sourceSecurityGroupId", c.source_security_group_id);
    field(name, "sourceSecurityGroupOwnerId", c.source_security_group_owner_id);
}
static void out_egress(const char *name, ccdk_ec2_peer peer)
{
    ccdk_ec2_egress_rule_config c = ccdk_ec2_peer_to_egress_rule_config(&peer);
    field(name, "cidrIp", c.cidr_ip);
    field(name, "cidrIpv6", c.cidr_ipv6);
    field(name, "destinationPrefixListId", c.destination_prefix_list_id);
    field(name, "destinationSecurityGroupId", c.destination_security_group_id);
}
static const char *produce(void *ctx) { return ctx; }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "Default", NULL);
    out_ingress("Ipv4Ingress", ccdk_ec2_peer_ipv4("10.0.0.0/16"));
    out_egress("Ipv4Egress", ccdk_ec2_peer_ipv4("10.0.0.0/16"));
    out_ingress("Ipv6Ingress", ccdk_ec2_peer_ipv6("::0/0"));
    out_egress("Ipv6Egress", ccdk_ec2_peer_ipv6("::0/0"));
    out_ingress("PrefixListIngress", ccdk_ec2_peer_prefix_list("pl-12345"));
    out_egress("PrefixListEgress", ccdk_ec2_peer_prefix_list("pl-12345"));
    out_ingress("SgIdIngress", ccdk_ec2_peer_security_group_id("sg-123456789", NULL));
    out_ingress("SgIdOwnerIngress", ccdk_ec2_peer_security_group_id("sg-123456789", "123456789012"));
    out_egress("SgIdEgress", ccdk_ec2_peer_security_group_id("sg-123456789", NULL));
    out_egress("SgIdOwnerEgress", ccdk_ec2_peer_security_group_id("sg-123456789", "123456789012"));
    out_ingress("AnyIpv4Ingress", ccdk_ec2_peer_any_ipv4());
    out_egress("AnyIpv6Egress", ccdk_ec2_peer_any_ipv6());

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    out_ingress("SecurityGroupIngress", ccdk_ec2_peer_security_group(sg));
    out_egress("SecurityGroupEgress", ccdk_ec2_peer_security_group(sg));

    const char *security_group_id = ccdk_lazy_string(stack, produce, "sg-01234567");
    const char *owner_id = ccdk_lazy_string(stack, produce, "000000000000");
    ccdk_ec2_security_group *closed = ccdk_ec2_security_group_new(stack, "Closed", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_port ssh = ccdk_ec2_port_tcp(22), https = ccdk_ec2_port_tcp(443);
    ccdk_ec2_peer by_id = ccdk_ec2_peer_security_group_id(security_group_id, NULL);
    ccdk_ec2_peer by_id_owner = ccdk_ec2_peer_security_group_id(security_group_id, owner_id);
    ccdk_ec2_security_group_add_ingress_rule(closed, by_id, ssh, NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(closed, by_id_owner, https, NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(closed, by_id_owner, https, NULL, CCDK_UNSET);
    out_ingress("TokenIngress", by_id_owner);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
