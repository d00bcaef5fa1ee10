/* Functions and IPv6: ipv6AllowedForDualStack true and false with a user SecurityGroup,
 * allowAllIpv6Outbound on the function's own group, and functions in a dual-stack VPC.
 * Ported from aws-cdk: function.test.ts (set ipv6AllowedForDualStack with VPC, set
 * ipv6AllowedForDualStack to False with VPC, allowAllIpv6Outbound set to true) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    for (int allowed = 1; allowed >= 0; allowed--) {
        ccdk_stack *stack = ccdk_stack_new(app, allowed ? "Ipv6Allowed" : "Ipv6NotAllowed", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
            .max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE,
        });
        ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "LambdaSG",
            &(ccdk_ec2_security_group_props){
                .vpc = vpc,
                .allow_all_outbound = CCDK_TRUE,
                .allow_all_ipv6_outbound = CCDK_TRUE,
            });
        ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
            .vpc = vpc,
            .code = ccdk_lambda_code_from_inline(stack, "foo"),
            .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
            .ipv6_allowed_for_dual_stack = allowed ? CCDK_TRUE : CCDK_FALSE,
            .security_groups = CCDK_LIST(security_group),
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        });
    }
    ccdk_stack *s3 = ccdk_stack_new(app, "AllowAllIpv6", NULL);
    ccdk_lambda_function_new(s3, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(s3, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .allow_all_ipv6_outbound = CCDK_TRUE,
        .vpc = ccdk_ec2_vpc_new(s3, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE}),
    });
    ccdk_stack *s4 = ccdk_stack_new(app, "DualStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s4, "DualStackVpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
        .nat_gateways = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s4, "Ipv6Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(s4, "exports.handler = async () => fetch(\"https://ipv6.example.com\");"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .vpc = vpc,
        .ipv6_allowed_for_dual_stack = CCDK_TRUE,
        .allow_all_ipv6_outbound = CCDK_TRUE,
    });
    ccdk_ec2_connections_allow_to_any_ipv4(ccdk_lambda_function_connections(fn), ccdk_ec2_port_tcp(443), "HTTPS over IPv4");
    ccdk_lambda_function_new(s4, "PublicFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(s4, "exports.handler = async () => 1;"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
        .allow_public_subnet = CCDK_TRUE,
        .ipv6_allowed_for_dual_stack = CCDK_FALSE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
