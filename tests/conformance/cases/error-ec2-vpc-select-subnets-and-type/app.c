/* A selection with explicit subnets and a subnet type (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_selected_subnets selected;
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){
        .subnets = CCDK_LIST(ccdk_ec2_vpc_public_subnets(vpc).items[0]), .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}, &selected);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
