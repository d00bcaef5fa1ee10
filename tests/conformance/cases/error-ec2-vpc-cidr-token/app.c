/* A token as the VPC's CIDR (see app.js). */
#include <ccdk/ec2.h>

static const char *produce(void *ctx)
{
    (void)ctx;
    return "abc";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR(ccdk_lazy_string(stack, produce, NULL))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
