/* error-ec2-vpc-subnets-exceed-space: see app.js. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0),
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/22"),
        .max_azs = CCDK_NUM(3),
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "A", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
                                                 {.name = "B", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)},
                                                 {.name = "C", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(28)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
