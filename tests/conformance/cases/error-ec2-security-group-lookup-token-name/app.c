/* SecurityGroup.fromLookupByName with a token name (see app.js). */
#include <ccdk/ec2.h>

static const char *produce(void *ctx)
{
    (void)ctx;
    return "my-security-group";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c")});
    ccdk_ec2_security_group_from_lookup_by_name(stack, "stack", ccdk_lazy_string(stack, produce, NULL), vpc);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
