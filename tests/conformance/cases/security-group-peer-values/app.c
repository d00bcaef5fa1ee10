/* The peers and groups that security-group.test.ts checks by value: valid ranges, a token range,
 * immutable imports, looked-up groups as peers, allowAllOutbound and securityGroupVpcId (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

static const char *produce(void *ctx)
{
    (void)ctx;
    return "10.0.0.0/16";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c")});

    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "Cidrs", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE, .allow_all_ipv6_outbound = CCDK_TRUE});
    const char *v4[] = {"0.0.0.0/0", "192.168.255.255/24"};
    const char *v6[] = {"::/0", "2001:db8::/32", "2001:0db8:0000:0000:0000:8a2e:0370:7334/32", "2001:db8::8a2e:370:7334/32"};
    for (size_t i = 0; i < 2; i++)
        ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4(v4[i]), ccdk_ec2_port_tcp(443), NULL, CCDK_UNSET);
    for (size_t i = 0; i < 4; i++)
        ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv6(v6[i]), ccdk_ec2_port_tcp(443), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4(ccdk_lazy_string(stack, produce, NULL)),
                                             ccdk_ec2_port_tcp(80), "a token range", CCDK_UNSET);
    ccdk_cfn_parameter *cidr = ccdk_cfn_parameter_new(stack, "Cidr", NULL);
    ccdk_ec2_security_group_add_egress_rule(sg, ccdk_ec2_peer_ipv4(ccdk_cfn_parameter_value_as_string(cidr)),
                                            ccdk_ec2_port_tcp(80), "a parameter", CCDK_UNSET);

    ccdk_ec2_security_group *frozen = ccdk_ec2_security_group_from_security_group_id(stack, "SG1", "test-id", CCDK_UNSET, CCDK_FALSE);
    ccdk_ec2_security_group_add_egress_rule(frozen, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(86), "This rule was not added",
                                            CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(frozen, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(86), "This rule was not added",
                                             CCDK_UNSET);
    ccdk_ec2_security_group *frozen_closed =
        ccdk_ec2_security_group_from_security_group_id(stack, "SG2", "sg-0123abcd", CCDK_FALSE, CCDK_FALSE);
    ccdk_ec2_security_group_add_egress_rule(frozen_closed, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp(86),
                                            "This rule was not added", CCDK_UNSET);
    ccdk_ec2_connections_allow_from(ccdk_ec2_security_group_connections(frozen_closed), ccdk_ec2_security_group_connections(sg),
                                    ccdk_ec2_port_tcp(22), NULL);

    ccdk_ec2_security_group *by_id = ccdk_ec2_security_group_from_lookup_by_id(stack, "ById", "sg-12345");
    ccdk_ec2_security_group *by_name = ccdk_ec2_security_group_from_lookup_by_name(stack, "ByName", "my-security-group", vpc);
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_security_group_id(ccdk_ec2_security_group_id(by_name), NULL),
                                             ccdk_ec2_port_tcp(22), "from the looked-up group", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(by_id, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_tcp(8080), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_egress_rule(by_id, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_tcp(8080),
                                            "dropped: allowAllOutbound", CCDK_UNSET);

    ccdk_ec2_security_group *open = ccdk_ec2_security_group_new(stack, "Open", &(ccdk_ec2_security_group_props){.vpc = vpc});
    struct {
        const char *id;
        ccdk_ec2_security_group *group;
    } groups[] = {{"Cidrs", sg}, {"Open", open}, {"Frozen", frozen}, {"FrozenClosed", frozen_closed}, {"ById", by_id}, {"ByName", by_name}};
    for (size_t i = 0; i < sizeof groups / sizeof *groups; i++) {
        char id[64], text[32];
        snprintf(id, sizeof id, "%sId", groups[i].id);
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_ec2_security_group_id(groups[i].group)});
        snprintf(id, sizeof id, "%sOutbound", groups[i].id);
        snprintf(text, sizeof text, "%s %s", ccdk_ec2_security_group_allow_all_outbound(groups[i].group) ? "true" : "false",
                 ccdk_ec2_security_group_allow_all_ipv6_outbound(groups[i].group) ? "true" : "false");
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = text});
    }
    ccdk_cfn_output_new(stack, "CidrsVpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_security_group_vpc_id(sg)});
    ccdk_cfn_output_new(stack, "OpenVpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_security_group_vpc_id(open)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
