/* The availability zone of a subnet imported with an empty one (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_ec2_subnet *subnet = ccdk_ec2_subnet_from_subnet_attributes(stack, "subnet1", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "pub-1", .availability_zone = ""});
    ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_id(subnet)});
    const char *az = ccdk_ec2_subnet_availability_zone(subnet);
    if (az)
        ccdk_cfn_output_new(stack, "Az", &(ccdk_cfn_output_props){.value = az});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
