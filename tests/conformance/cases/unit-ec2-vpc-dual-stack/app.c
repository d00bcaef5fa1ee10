/* vpc.test.ts's dual-stack tests (see app.js). */
#include <ccdk/ec2.h>

#define PUBLIC CCDK_EC2_SUBNET_TYPE_PUBLIC
#define PRIVATE_WITH_EGRESS CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS
#define PRIVATE_ISOLATED CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED
#define FLAG "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_stack_props env = {.account = "123456789012", .region = "us-east-1"};
    ccdk_ec2_subnet_configuration_list assign[] = {
        CCDK_EC2_SUBNETS({.subnet_type = PRIVATE_ISOLATED, .name = "subnetName", .ipv6_assign_address_on_creation = CCDK_TRUE}),
        CCDK_EC2_SUBNETS({.subnet_type = PRIVATE_WITH_EGRESS, .name = "subnetName", .ipv6_assign_address_on_creation = CCDK_TRUE},
                         {.subnet_type = PUBLIC, .name = "public"}),
        CCDK_EC2_SUBNETS({.subnet_type = PUBLIC, .name = "subnetName", .ipv6_assign_address_on_creation = CCDK_TRUE}),
    };
    const char *assign_ids[] = {"AssignIsolated", "AssignPrivate", "AssignPublic"};
    for (int i = 0; i < 3; i++)
        ccdk_ec2_vpc_new(ccdk_stack_new(app, assign_ids[i], &env), "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
            .max_azs = CCDK_NUM(1),
            .subnet_configuration = assign[i],
        });
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "DualStackStack", NULL), "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK});
    ccdk_ec2_subnet_configuration_list public_only = CCDK_EC2_SUBNETS({.subnet_type = PUBLIC, .name = "public"});
    ccdk_ec2_subnet_configuration_list public_private = CCDK_EC2_SUBNETS({.subnet_type = PUBLIC, .name = "public"},
                                                                         {.subnet_type = PRIVATE_WITH_EGRESS, .name = "private"});
    const char *eigw_ids[] = {"EigwPublicNoFlag", "EigwPrivateNoFlag", "EigwPrivateFlag", "EigwPublicFlag"};
    ccdk_ec2_subnet_configuration_list eigw_subnets[] = {public_only, public_private, public_private, public_only};
    for (int i = 0; i < 4; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, eigw_ids[i], NULL);
        if (i >= 2)
            ccdk_node_set_context(stack, FLAG, "true");
        ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
            .subnet_configuration = eigw_subnets[i],
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
