/* fromVpcAttributes with fewer subnet IPv4 CIDR blocks than subnets (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234",
        .availability_zones = CCDK_STRS("us-east-1a", "us-east-1b", "us-east-1c"),
        .public_subnet_ids = CCDK_STRS("s-12345", "s-34567", "s-56789"),
        .public_subnet_ipv4_cidr_blocks = CCDK_STRS("10.0.0.0/18", "10.0.64.0/18"),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
