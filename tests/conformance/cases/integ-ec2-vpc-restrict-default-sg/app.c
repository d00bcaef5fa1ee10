/* Conformance case 'integ-ec2-vpc-restrict-default-sg': aws-ec2 test/integ.vpc-restrict-default-sg.ts
 * (dropped: the IntegTest and its describeSecurityGroups assertion). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "integ-restrict-default-sg", NULL);

    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_TRUE,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
