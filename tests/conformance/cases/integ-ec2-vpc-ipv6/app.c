/* Conformance case 'integ-ec2-vpc-ipv6': aws-ec2 test/integ.vpc-ipv6.ts (dropped: the IntegTest).
 * natGatewayProvider: NatProvider.gateway() is ccdk's (only) default NAT provider. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Ipv6Vpc", NULL);

    ccdk_ec2_vpc_new(stack, "Ipv6ProtocolVpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .ipv6_assign_address_on_creation = CCDK_TRUE},
            {.name = "Priate", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS,
             .ipv6_assign_address_on_creation = CCDK_TRUE},
            {.name = "Isolated", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED,
             .ipv6_assign_address_on_creation = CCDK_TRUE}),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
