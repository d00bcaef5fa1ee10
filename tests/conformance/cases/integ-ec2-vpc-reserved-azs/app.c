/* Conformance case 'integ-ec2-vpc-reserved-azs': aws-ec2 test/integ.vpc-reserved-azs.ts
 * (dropped: the IntegTest). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "integtest-vpc-reserved-azs", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");

    ccdk_ec2_vpc_new(stack, "MyVpc", &(ccdk_ec2_vpc_props){
        .reserved_azs = CCDK_NUM(2),
        .max_azs = CCDK_NUM(3),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
