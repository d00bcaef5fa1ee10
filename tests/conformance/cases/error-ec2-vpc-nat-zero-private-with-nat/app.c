/* natGateways: 0 with a PRIVATE_WITH_NAT group (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
                                                 {.name = "private", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_NAT}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
