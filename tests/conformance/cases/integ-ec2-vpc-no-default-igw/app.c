/* Conformance case 'integ-ec2-vpc-no-default-igw': aws-ec2 test/integ.vpc-no-default-igw.ts
 * (dropped: the IntegTest). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-vpc-no-default-igw", NULL);

    ccdk_ec2_vpc_new(stack, "MyVpc", &(ccdk_ec2_vpc_props){
        .create_internet_gateway = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"}),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
