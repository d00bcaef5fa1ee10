/* new ec2.Vpc(stack, 'Vpc') with no props: 2 AZs (Fn::GetAZs), a public and a private subnet in
 * each, a NAT gateway per AZ; under the cdk init flags also Custom::VpcRestrictDefaultSG. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc_new(stack, "Vpc", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
