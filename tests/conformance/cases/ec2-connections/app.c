/* connections.test.ts in one stack: groups peering each other, an imported group as the target of
 * allowTo and the source of allowFrom, groups joining a Connections after its rules (either side),
 * allowInternally with a group added later. */
#include <ccdk/ec2.h>

#define GROUPS(...) ((ccdk_ec2_security_group_list)CCDK_LIST(__VA_ARGS__))

static ccdk_ec2_security_group *closed_group(ccdk_stack *stack, const char *id, ccdk_ec2_vpc *vpc)
{
    return ccdk_ec2_security_group_new(stack, id, &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *env_stack = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){.account = "12345678", .region = "dummy"});
    ccdk_ec2_vpc *env_vpc = ccdk_ec2_vpc_new(env_stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg1 = ccdk_ec2_security_group_new(env_stack, "SG1", &(ccdk_ec2_security_group_props){.vpc = env_vpc});
    ccdk_ec2_security_group *sg2 = ccdk_ec2_security_group_new(env_stack, "SG2", &(ccdk_ec2_security_group_props){.vpc = env_vpc});
    ccdk_ec2_connections *conn1 = ccdk_ec2_connections_new(env_stack, GROUPS(sg1), NULL);
    ccdk_ec2_connections *conn2 = ccdk_ec2_connections_new(env_stack, GROUPS(sg2), NULL);
    ccdk_ec2_connections_allow_to(conn1, conn2, ccdk_ec2_port_tcp(80), "Test");

    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});

    ccdk_ec2_security_group *some = closed_group(stack, "SomeSecurityGroup", vpc);
    ccdk_ec2_connections *some_connections = ccdk_ec2_connections_new(stack, GROUPS(some), NULL);
    ccdk_ec2_security_group *imported =
        ccdk_ec2_security_group_from_security_group_id(stack, "ImportedSG", "sg-12345", CCDK_UNSET, CCDK_UNSET);
    ccdk_ec2_connections_allow_to(some_connections, ccdk_ec2_security_group_connections(imported), ccdk_ec2_port_all_tcp(),
                                  "Connect there");
    ccdk_ec2_connections_allow_from(some_connections, ccdk_ec2_security_group_connections(imported), ccdk_ec2_port_tcp(8080),
                                    "Connect here");
    ccdk_ec2_security_group *imported_closed =
        ccdk_ec2_security_group_from_security_group_id(stack, "ImportedClosedSG", "sg-67890", CCDK_FALSE, CCDK_UNSET);
    ccdk_ec2_connections_allow_from(some_connections, ccdk_ec2_security_group_connections(imported_closed),
                                    ccdk_ec2_port_all_tcp(), "Connect there");

    ccdk_ec2_security_group *g1 = closed_group(stack, "SecurityGroup1", vpc);
    ccdk_ec2_security_group *g2 = closed_group(stack, "SecurityGroup2", vpc);
    ccdk_ec2_connections *connections = ccdk_ec2_connections_new(stack, GROUPS(g1), NULL);
    ccdk_ec2_connections_allow_from_any_ipv4(connections, ccdk_ec2_port_tcp(88), NULL);
    ccdk_ec2_connections_add_security_group(connections, g2);

    ccdk_ec2_security_group *g3 = closed_group(stack, "SecurityGroup3", vpc);
    ccdk_ec2_security_group *g4 = closed_group(stack, "SecurityGroup4", vpc);
    ccdk_ec2_security_group *g5 = closed_group(stack, "SecurityGroup5", vpc);
    ccdk_ec2_connections *connections3 = ccdk_ec2_connections_new(stack, GROUPS(g3), NULL);
    ccdk_ec2_connections *connections4 = ccdk_ec2_connections_new(stack, GROUPS(g4), NULL);
    ccdk_ec2_connections_allow_to(connections3, connections4, ccdk_ec2_port_tcp(88), NULL);
    ccdk_ec2_connections_add_security_group(connections4, g5);

    ccdk_ec2_security_group *g6 = closed_group(stack, "SecurityGroup6", vpc);
    ccdk_ec2_security_group *g7 = closed_group(stack, "SecurityGroup7", vpc);
    ccdk_ec2_connections *internal = ccdk_ec2_connections_new(stack, GROUPS(g6), NULL);
    ccdk_ec2_connections_allow_internally(internal, ccdk_ec2_port_tcp(88), NULL);
    ccdk_ec2_connections_add_security_group(internal, g7);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
