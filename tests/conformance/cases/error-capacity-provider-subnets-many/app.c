/* 'error-capacity-provider-subnets-many': error: throws when subnets array has more than 16 items
 * Ported from aws-cdk: capacity-provider.test.ts 'throws when subnets array has more than 16 items' */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_subnet *subnet = ccdk_ec2_subnet_from_subnet_attributes(stack, "BaseSubnet", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "subnet-1", .route_table_id = "rtb-1"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    (void)subnet;
    ccdk_ec2_subnet *many[17];
    char id[16], subnet_id[16];
    for (int i = 0; i < 17; i++) {
        snprintf(id, sizeof id, "Subnet%d", i);
        snprintf(subnet_id, sizeof subnet_id, "subnet-%d", i);
        many[i] = ccdk_ec2_subnet_from_subnet_id(stack, id, subnet_id);
    }
    ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST_N(many, 17), .security_groups = CCDK_LIST(sg), .capacity_provider_name = "MyCapacityProvider"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
