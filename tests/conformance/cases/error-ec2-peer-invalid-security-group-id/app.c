/* Peer.securityGroupId of a text that is no group id, used in an ingress rule (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_security_group_id("invalid", NULL), ccdk_ec2_port_tcp(22), NULL, CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
