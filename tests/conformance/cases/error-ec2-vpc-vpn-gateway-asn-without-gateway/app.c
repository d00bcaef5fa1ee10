/* vpnGatewayAsn with vpnGateway: false (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){.vpn_gateway = CCDK_FALSE, .vpn_gateway_asn = CCDK_NUM(65000)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
