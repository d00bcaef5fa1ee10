/* connections.test.ts's cross-stack tests: a group in Stack2 lets Stack1's groups in and reaches
 * one; both rules of each pair are in Stack2, with imports of Stack1's group ids. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_ec2_vpc_props vpc_props = {
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)};
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_ec2_vpc *vpc1 = ccdk_ec2_vpc_new(stack1, "VPC", &vpc_props);
    ccdk_ec2_security_group_props closed1 = {.vpc = vpc1, .allow_all_outbound = CCDK_FALSE};
    ccdk_ec2_security_group *sg1 = ccdk_ec2_security_group_new(stack1, "SecurityGroup", &closed1);
    ccdk_ec2_security_group *sg1a = ccdk_ec2_security_group_new(stack1, "SecurityGroupA", &closed1);
    ccdk_ec2_security_group *sg1b = ccdk_ec2_security_group_new(stack1, "SecurityGroupB", &closed1);

    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_ec2_vpc *vpc2 = ccdk_ec2_vpc_new(stack2, "VPC", &vpc_props);
    ccdk_ec2_security_group *sg2 = ccdk_ec2_security_group_new(stack2, "SecurityGroup", &(ccdk_ec2_security_group_props){
        .vpc = vpc2, .allow_all_outbound = CCDK_FALSE});

    ccdk_ec2_connections *c2 = ccdk_ec2_security_group_connections(sg2);
    ccdk_ec2_connections_allow_from(c2, ccdk_ec2_security_group_connections(sg1), ccdk_ec2_port_tcp(100), NULL);
    ccdk_ec2_connections_allow_to(c2, ccdk_ec2_security_group_connections(sg1), ccdk_ec2_port_tcp(100), NULL);
    ccdk_ec2_connections_allow_from(c2, ccdk_ec2_security_group_connections(sg1a), ccdk_ec2_port_tcp(100), NULL);
    ccdk_ec2_connections_allow_from(c2, ccdk_ec2_security_group_connections(sg1b), ccdk_ec2_port_tcp(100), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
