/* IpAddresses.awsIpamAllocation without defaultSubnetIpv4NetmaskLength for subnets without a mask (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
        .ip_addresses = ccdk_ec2_ip_addresses_aws_ipam_allocation(&(ccdk_ec2_aws_ipam_props){
            .ipv4_ipam_pool_id = "ipam-pool-0111222333444",
            .ipv4_netmask_length = CCDK_NUM(22),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
