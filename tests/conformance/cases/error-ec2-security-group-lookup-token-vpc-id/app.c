/* SecurityGroup.fromLookupByName in a VPC imported with a token id (see app.js). */
#include <ccdk/ec2.h>

static const char *produce(void *ctx)
{
    (void)ctx;
    return "vpc-1234";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = ccdk_lazy_string(stack, produce, NULL), .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c")});
    ccdk_ec2_security_group_from_lookup_by_name(stack, "stack", "my-security-group", vpc);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
