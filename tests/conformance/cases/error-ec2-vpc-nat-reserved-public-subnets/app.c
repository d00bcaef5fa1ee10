/* NAT gateways whose only public group is reserved (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "public", .reserved = CCDK_TRUE},
            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .name = "egress"}),
        .nat_gateways = CCDK_NUM(1),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
