/* Conformance case 'integ-ec2-security-group-prune-subsumed-rules': aws-ec2
 * test/integ.security-group-prune-subsumed-rules.ts (dropped: the IntegTest and its assertion).
 * As app.js: the prune flag is unknown to aws-cdk-lib 2.276.0 and has no effect. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-ec2:securityGroupPruneSubsumedRules", "true"})});

    ccdk_stack *stack = ccdk_stack_new(app, "integ-security-group-prune-subsumed-rules", NULL);
    /* Keep the default SG rules out of the picture so we assert only on our own SG. */
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});

    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SecurityGroup", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .allow_all_outbound = CCDK_FALSE,
    });

    /* All three of these are subsumed by the all-traffic rule from 10.0.0.0/16. */
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_tcp(443),
                                             "https from /16", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_all_traffic(),
                                             "all traffic from /16", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4("10.0.1.0/24"), ccdk_ec2_port_tcp(443),
                                             "https from /24", CCDK_UNSET);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
