/* Conformance case 'integ-lambda-capacity-provider-propagate-tags': aws-lambda
 * test/integ.capacity-provider-propagate-tags.ts. Dropped: the IntegTest. Adapted: the tags as
 * aws-cdk-lib 2.276.0's map (the integ app's list of {key, value} is newer). */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "CapacityProviderPropagateTagsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "SecurityGroup",
                                                                          &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_capacity_provider_new(stack, "CpWithExplicitTags", &(ccdk_lambda_capacity_provider_props){
        .subnets = ccdk_ec2_vpc_private_subnets(vpc),
        .security_groups = CCDK_LIST(security_group),
        .propagate_tags = ccdk_lambda_propagate_tags_explicit(CCDK_KVS({"Environment", "Test"}, {"Project", "CDK-Integ"})),
    });
    ccdk_lambda_capacity_provider_new(stack, "CpWithNone", &(ccdk_lambda_capacity_provider_props){
        .subnets = ccdk_ec2_vpc_private_subnets(vpc),
        .security_groups = CCDK_LIST(security_group),
        .propagate_tags = ccdk_lambda_propagate_tags_none(),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
