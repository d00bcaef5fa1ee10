/* 'error-capacity-provider-max-vcpu-high': error: throws when maxVCpuCount is greater than 15000
 * Ported from aws-cdk: capacity-provider.test.ts 'throws when maxVCpuCount is greater than 15000' */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_subnet *subnet = ccdk_ec2_subnet_from_subnet_attributes(stack, "Subnet1", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "subnet-1", .route_table_id = "rtb-1"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST(subnet), .security_groups = CCDK_LIST(sg), .max_v_cpu_count = CCDK_NUM(15001)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
