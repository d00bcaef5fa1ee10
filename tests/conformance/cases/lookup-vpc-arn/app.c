/* vpc.vpcArn of looked-up VPCs (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_lookup(stack, "Vpc", &(ccdk_ec2_vpc_lookup_options){.vpc_id = "vpc-0123456789abcdef0"});
    ccdk_cfn_output_new(stack, "VpcArn", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_arn(vpc)});
    ccdk_stack *pending = ccdk_stack_new(app, "Pending", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-2"});
    ccdk_ec2_vpc *dummy = ccdk_ec2_vpc_from_lookup(pending, "Vpc", &(ccdk_ec2_vpc_lookup_options){.vpc_name = "not-looked-up"});
    ccdk_cfn_output_new(pending, "VpcArn", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_arn(dummy)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
