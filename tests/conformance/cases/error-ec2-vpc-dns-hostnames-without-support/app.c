/* DNS hostnames without DNS support (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){.enable_dns_hostnames = CCDK_TRUE, .enable_dns_support = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
