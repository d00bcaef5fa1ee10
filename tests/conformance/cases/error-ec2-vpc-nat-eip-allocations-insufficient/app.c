/* NatProvider.gateway with fewer EIP allocation ids than NAT gateways (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
        .nat_gateway_provider = ccdk_ec2_nat_provider_gateway(&(ccdk_ec2_nat_gateway_props){.eip_allocation_ids = CCDK_STRS("a")}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
