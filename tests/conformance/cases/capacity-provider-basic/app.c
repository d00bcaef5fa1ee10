/* Conformance case 'capacity-provider-basic': a CapacityProvider with only its required props
 * (two of a new VPC's private subnets, one security group): the default operator role. */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    /* restrict_default_security_group off: its handler is ccdk's own code (the vpc-default exception) */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SecurityGroup",
                                                              &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_subnet_list private_subnets = ccdk_ec2_vpc_private_subnets(vpc);
    ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST_N(private_subnets.items, 2),
        .security_groups = CCDK_LIST(sg),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
