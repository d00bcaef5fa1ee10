/* A function in a VPC's isolated subnets with a user security group (allow_all_outbound false: the
 * "Disallow all traffic" egress rule) and ingress rules from IP ranges; a function whose own group
 * allows all IPv6 traffic out. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Ingress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
            {.name = "Data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)}),
    });
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "FunctionSG", &(ccdk_ec2_security_group_props){
        .vpc = vpc,
        .description = "The function talks to nothing outside",
        .allow_all_outbound = CCDK_FALSE,
    });
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_ipv4("10.0.0.0/16"), ccdk_ec2_port_tcp(443),
                                             "HTTPS from the VPC", CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp_range(8000, 8080), NULL,
                                             CCDK_UNSET);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
        .security_groups = CCDK_LIST(sg),
    });
    /* its automatic security group allowing all IPv6 traffic out, and IPv4 only where a rule says */
    ccdk_lambda_function *ipv6 = ccdk_lambda_function_new(stack, "Ipv6Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "Data"},
        .allow_all_outbound = CCDK_FALSE,
        .allow_all_ipv6_outbound = CCDK_TRUE,
    });
    ccdk_ec2_connections_allow_to_any_ipv4(ccdk_lambda_function_connections(ipv6), ccdk_ec2_port_tcp(443), "HTTPS out");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
