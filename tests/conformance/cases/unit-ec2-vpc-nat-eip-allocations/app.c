/* NatProvider.gateway({eipAllocationIds}) (see app.js). */
#include <ccdk/ec2.h>
#include <stdio.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_stack_props env = {.account = "123456789012", .region = "us-east-1"};
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NoDuplicateEip", &env);
        ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"),
            .subnet_configuration = CCDK_EC2_SUBNETS(
                {.cidr_mask = CCDK_NUM(24), .name = "ingress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
                {.cidr_mask = CCDK_NUM(24), .name = "application", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
            .nat_gateway_provider = ccdk_ec2_nat_provider_gateway(&(ccdk_ec2_nat_gateway_props){
                .eip_allocation_ids = CCDK_STRS("b"),
            }),
            .nat_gateways = CCDK_NUM(1),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EipAllocations", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .nat_gateway_provider = ccdk_ec2_nat_provider_gateway(&(ccdk_ec2_nat_gateway_props){
                .eip_allocation_ids = CCDK_STRS("a", "b", "c", "d"),
            }),
        });
        char n[32];
        snprintf(n, sizeof n, "%zu", ccdk_ec2_vpc_nat_gateway_ids(vpc).count);
        ccdk_cfn_output_new(stack, "Gateways", &(ccdk_cfn_output_props){.value = n});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TokenEipAllocations", NULL);
        ccdk_strs ids = ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_fn_import_value(stack, "myVpcId")));
        ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .nat_gateway_provider = ccdk_ec2_nat_provider_gateway(&(ccdk_ec2_nat_gateway_props){.eip_allocation_ids = ids}),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "OwnEips", &env);
        const char *eips[2];
        const char *ids[] = {"Eip1", "Eip2"};
        for (int i = 0; i < 2; i++) {
            ccdk_cfn_resource *eip = ccdk_cfn_resource_new(stack, ids[i], "AWS::EC2::EIP", ccdk_v_json(stack, "{\"Domain\": \"vpc\"}"));
            eips[i] = ccdk_cfn_resource_get_att(eip, "AllocationId");
        }
        ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .max_azs = CCDK_NUM(3),
            .nat_gateways = CCDK_NUM(2),
            .subnet_configuration = CCDK_EC2_SUBNETS(
                {.name = "ingress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
                {.name = "egress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
                {.name = "app", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .cidr_mask = CCDK_NUM(24)}),
            .nat_gateway_subnets = {.subnet_group_name = "egress"},
            .nat_gateway_provider = ccdk_ec2_nat_provider_gateway(&(ccdk_ec2_nat_gateway_props){
                .eip_allocation_ids = CCDK_STRS(eips[0], eips[1]),
            }),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
