/* Conformance case 'integ-ec2-vpc-azs': aws-ec2 test/integ.vpc-azs.ts (nothing dropped). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-ec2-vpc-azs", NULL);

    ccdk_ec2_vpc_new(stack, "MyVpc", &(ccdk_ec2_vpc_props){
        .availability_zones = CCDK_STRS(ccdk_stack_availability_zones(stack).items[1]),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
