/* Conformance case 'efs-subnet-filters': see app.js. */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"),
        .max_azs = CCDK_NUM(3)});
    ccdk_efs_file_system_new(stack, "Fs", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .vpc_subnets = {.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_contains_ip_addresses(CCDK_STRS("10.0.160.0")))},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
