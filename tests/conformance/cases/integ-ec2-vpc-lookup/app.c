/* Conformance case 'integ-ec2-vpc-lookup': aws-ec2 test/integ.vpc-lookup.ts (dropped: the
 * IntegTest). As app.js: the env is the integ file's fallbacks. vpcFromLookup.env.region is the
 * stack's region (the lookup names no other), which ccdk_stack_region gives. */
#include <stdio.h>
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "StackUnderTest", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "us-east-1",
    });
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");

    ccdk_ec2_vpc_from_lookup(stack, "VpcFromLookup", &(ccdk_ec2_vpc_lookup_options){.is_default = CCDK_TRUE});

    char value[128];
    snprintf(value, sizeof value, "Region fromLookup: %s", ccdk_stack_region(stack));
    ccdk_cfn_output_new(stack, "OutputFromLookup", &(ccdk_cfn_output_props){.value = value});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
