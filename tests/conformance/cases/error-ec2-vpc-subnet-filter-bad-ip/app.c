/* SubnetFilter.containsIpAddresses with a bad address (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_selected_subnets selected;
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_contains_ip_addresses(CCDK_STRS("10.0.0.300")))}, &selected);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
