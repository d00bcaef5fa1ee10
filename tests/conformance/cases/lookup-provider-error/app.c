/* The CLI's lookups failed: each reported missing again with its dummy, the error in the stack's
 * metadata, the synth goes on (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_lookup(stack, "Vpc", &(ccdk_ec2_vpc_lookup_options){.is_default = CCDK_TRUE});
    ccdk_ec2_security_group_new(stack, "Sg", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_cfn_output_new(stack, "Secret", &(ccdk_cfn_output_props){
        .value = ccdk_ssm_string_parameter_value_from_lookup(stack, "/app/secret-name", NULL, NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
