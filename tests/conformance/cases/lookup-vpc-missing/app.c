/* Vpc.fromLookup before the cdk CLI has looked the VPC up: the lookups reported missing, aws-cdk-lib's
 * dummy VPC in their place (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_lookup(stack, "Vpc", &(ccdk_ec2_vpc_lookup_options){
        .tags = CCDK_KVS({"Team", "payments"}, {"cost:center", "a:b$c"}),
        .vpc_name = "main-vpc",
        .is_default = CCDK_FALSE,
        .subnet_group_name_tag = "tier",
    });
    ccdk_ec2_vpc *by_id = ccdk_ec2_vpc_from_lookup(stack, "ById", &(ccdk_ec2_vpc_lookup_options){
        .vpc_id = "vpc-0abc",
        .region = "eu-west-2",
        .owner_account_id = "210987654321",
        .return_vpn_gateways = CCDK_FALSE,
    });
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "Sg", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .description = "looked-up VPC"});
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4("10.0.0.0/8"), ccdk_ec2_port_tcp(443), NULL, CCDK_UNSET);
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .security_groups = CCDK_LIST(sg),
    });
    ccdk_ec2_selected_subnets db, pub;
    ccdk_ec2_vpc_select_subnets(by_id, &(ccdk_ec2_subnet_selection){.subnet_group_name = "Database"}, &db);
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}, &pub);
    ccdk_cfn_output_new(stack, "DbSubnets", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack, ",", db.subnet_ids.count ? db.subnet_ids : CCDK_STRS("none"))});
    ccdk_cfn_output_new(stack, "Public", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", pub.subnet_ids)});
    ccdk_cfn_output_new(stack, "VpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_id(by_id)});
    ccdk_cfn_output_new(stack, "Azs", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", ccdk_ec2_vpc_availability_zones(vpc))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
