/* natGatewaySubnets naming a group the VPC does not have (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.cidr_mask = CCDK_NUM(24), .name = "ingress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.cidr_mask = CCDK_NUM(24), .name = "private", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
        .nat_gateway_subnets = {.subnet_group_name = "notthere"},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
