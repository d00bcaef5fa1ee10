/* Conformance case 'error-user-vpc-attributes-subnet-list-parameter': see app.js. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "CatalogWorker", NULL);
    ccdk_cfn_parameter *vpc_id = ccdk_cfn_parameter_new(stack, "VpcId", &(ccdk_cfn_parameter_props){.type = "AWS::EC2::VPC::Id"});
    ccdk_cfn_parameter *subnet_ids = ccdk_cfn_parameter_new(stack, "SubnetIds", &(ccdk_cfn_parameter_props){
        .type = "List<AWS::EC2::Subnet::Id>"});
    ccdk_ec2_vpc_from_vpc_attributes(stack, "TeamVpc", &(ccdk_ec2_vpc_attributes){
        .vpc_id = ccdk_cfn_parameter_value_as_string(vpc_id),
        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1b"),
        .private_subnet_ids = ccdk_cfn_parameter_value_as_list(subnet_ids),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
