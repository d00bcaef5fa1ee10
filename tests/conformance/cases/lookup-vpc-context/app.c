/* Vpc.fromLookup with the looked-up VPC in the context (context.json, as cdk.context.json gives it):
 * functions and a security group in it (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_lookup(stack, "Vpc", &(ccdk_ec2_vpc_lookup_options){.vpc_id = "vpc-0123456789abcdef0"});
    const char *src = "exports.handler = async () => \"ok\";";
    ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, src), .vpc = vpc});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "DbAccess", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4(ccdk_ec2_vpc_cidr_block(vpc)), ccdk_ec2_port_tcp(5432),
                                             "from the VPC", CCDK_UNSET);
    ccdk_lambda_function_new(stack, "Migrate", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, src), .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "Db", .one_per_az = CCDK_TRUE},
        .security_groups = CCDK_LIST(sg)});
    ccdk_ec2_selected_subnets pub;
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}, &pub);
    ccdk_cfn_output_new(stack, "VpcAzs", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", ccdk_ec2_vpc_availability_zones(vpc))});
    ccdk_cfn_output_new(stack, "StackAzs", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", ccdk_stack_availability_zones(stack))});
    ccdk_cfn_output_new(stack, "Public", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", pub.subnet_ids)});
    ccdk_cfn_output_new(stack, "VpnGatewayId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_vpn_gateway_id(vpc)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
