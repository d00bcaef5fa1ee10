/* availabilityZones not among the stack's (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_node_set_context(stack, "availability-zones:account=123456789012:region=us-east-1",
                          "[\"us-east-1a\", \"us-east1b\", \"us-east-1c\"]");
    char az[64];
    snprintf(az, sizeof az, "%sinvalid", ccdk_stack_availability_zones(stack).items[0]);
    ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.availability_zones = CCDK_STRS(az)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
