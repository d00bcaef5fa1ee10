/* error: ipv6Addresses on a VPC that is IPv4 only. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "NonDualStackStack", NULL);
    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .ipv6_addresses = CCDK_EC2_IPV6_ADDRESSES_AMAZON_PROVIDED(),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
