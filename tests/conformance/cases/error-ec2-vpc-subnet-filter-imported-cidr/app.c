/* SubnetFilter.byCidrMask over imported subnets without a block (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("dummy1a", "dummy1b"),
        .private_subnet_ids = CCDK_STRS("priv-1", "priv-2")});
    ccdk_ec2_selected_subnets selected;
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_mask(24))}, &selected);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
