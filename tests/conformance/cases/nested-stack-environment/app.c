/* A NestedStack takes its parent's environment: a Vpc in it uses the availability zones of the
 * parent's account and region (aws-cdk-lib's dummy values, the lookup reported missing in
 * manifest.json, then the looked-up ones from the context), and the asset bucket of its template is
 * the environment's. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"availability-zones:account=123456789012:region=eu-west-1",
                             "[\"eu-west-1a\",\"eu-west-1b\",\"eu-west-1c\"]"}),
    });
    ccdk_stack *fresh = ccdk_stack_new(app, "Fresh", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_stack *nested_fresh = ccdk_nested_stack_new(fresh, "Network", NULL);
    ccdk_ec2_vpc_new(nested_fresh, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
    ccdk_strs azs = ccdk_stack_availability_zones(nested_fresh);
    ccdk_cfn_output_new(fresh, "Azs", &(ccdk_cfn_output_props){.value = ccdk_fn_join(fresh, ",", azs)});
    ccdk_stack *known = ccdk_stack_new(app, "Known", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_stack *nested_known = ccdk_nested_stack_new(known, "Network", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(nested_known, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
    ccdk_cfn_output_new(known, "VpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_id(vpc)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
