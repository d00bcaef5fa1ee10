/* Conformance case 'integ-lambda-capacity-provider-defaults': aws-lambda
 * test/integ.capacity-provider-defaults.ts. Dropped: the IntegTest (with its regions). */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "CapacityProviderDefaultsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "SecurityGroup",
                                                                          &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_capacity_provider_new(stack, "CapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = ccdk_ec2_vpc_private_subnets(vpc),
        .security_groups = CCDK_LIST(security_group),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
