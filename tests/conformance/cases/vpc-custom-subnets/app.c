/* A Vpc over 3 AZs given by name, its own CIDR, one NAT gateway, four subnet groups (one reserved,
 * one without a mask), DNS hostnames off; a function selecting by group name and AZ, one per AZ. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Network", &(ccdk_ec2_vpc_props){
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("172.16.0.0/20"),
        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1b", "eu-west-1c"),
        .nat_gateways = CCDK_NUM(1),
        .enable_dns_hostnames = CCDK_FALSE,
        .enable_dns_support = CCDK_TRUE,
        .vpc_name = "shop-network",
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Edge", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24),
             .map_public_ip_on_launch = CCDK_FALSE},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .cidr_mask = CCDK_NUM(26)},
            {.name = "Spare", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(27),
             .reserved = CCDK_TRUE},
            {.name = "Db", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
    });
    ccdk_lambda_function_new(stack, "Reader", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "Db", .one_per_az = CCDK_TRUE,
                        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1c")},
    });
    ccdk_cfn_output_new(stack, "VpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_id(vpc)});
    ccdk_cfn_output_new(stack, "VpcCidr", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_cidr_block(vpc)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
