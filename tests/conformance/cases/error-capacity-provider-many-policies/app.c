/* Conformance case 'error-capacity-provider-many-policies': a CapacityProvider with eleven scaling
 * policies: aws-cdk-lib's error, nothing written. */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_subnet *subnet = ccdk_ec2_subnet_from_subnet_attributes(stack, "Subnet1", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "subnet-1", .route_table_id = "rtb-1"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-1", (ccdk_tristate){0}, (ccdk_tristate){0});
    ccdk_lambda_target_tracking_scaling_policy policies[11];
    for (int i = 0; i < 11; i++)
        policies[i] = ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(50 + i);
    ccdk_lambda_capacity_provider *cp = ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST(subnet),
        .security_groups = CCDK_LIST(sg),
        .scaling_options = ccdk_lambda_scaling_options_manual((ccdk_lambda_target_tracking_scaling_policy_list)CCDK_LIST_N(policies, 11)),
    });
    (void)cp;
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
