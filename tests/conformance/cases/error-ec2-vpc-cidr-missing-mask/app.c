/* error-ec2-vpc-cidr-missing-mask: see app.js. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0),
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0"),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
