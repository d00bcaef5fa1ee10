/* error: a subnet group with ipv6AssignAddressOnCreation in an IPv4-only VPC. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_IPV4_ONLY,
        .max_azs = CCDK_NUM(1),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "Isolated", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED,
             .ipv6_assign_address_on_creation = CCDK_FALSE}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
