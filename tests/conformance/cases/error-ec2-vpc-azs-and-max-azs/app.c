/* availabilityZones and maxAzs together (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .availability_zones = ccdk_stack_availability_zones(stack), .max_azs = CCDK_NUM(1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
