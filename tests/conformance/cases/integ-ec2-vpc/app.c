/* Conformance case 'integ-ec2-vpc': aws-ec2 test/integ.vpc.ts (nothing dropped). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-ec2-vpc", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "MyVpc", NULL);

    /* Test Security Group Rules */
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});

    ccdk_ec2_port rules[] = {
        ccdk_ec2_port_icmp_ping(),
        ccdk_ec2_port_icmp_type(128),
        ccdk_ec2_port_all_icmp(),
        ccdk_ec2_port_all_udp(),
        ccdk_ec2_port_udp(123),
        ccdk_ec2_port_udp_range(800, 801),
    };
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_any_ipv4(), rules[i], NULL, CCDK_UNSET);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
