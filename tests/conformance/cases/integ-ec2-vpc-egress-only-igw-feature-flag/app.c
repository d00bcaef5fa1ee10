/* Conformance case 'integ-ec2-vpc-egress-only-igw-feature-flag': aws-ec2
 * test/integ.vpc-egress-only-igw-feature-flag.ts (dropped: the IntegTest). */
#include <ccdk/ec2.h>

static void vpc_stack(ccdk_app *app, const char *id, const char *flag, const char *vpc_id)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway", flag);
    ccdk_ec2_vpc_new(stack, vpc_id, &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "public"}),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    vpc_stack(app, "VpcMigrationFeatureFlagEnabledStack", "true", "VpcEnabled");
    vpc_stack(app, "VpcMigrationFeatureFlagDisabledStack", "false", "VpcDisabled");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
