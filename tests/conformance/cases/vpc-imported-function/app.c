/* Vpc.fromVpcAttributes with two private subnet groups over 2 AZs; a function in the "Backend"
 * group with an imported security group (allowAllOutbound false: rules as resources); an imported
 * function with a security group id calls it. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "Imported", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-0a1b2c3d",
        .vpc_cidr_block = "10.10.0.0/16",
        .availability_zones = CCDK_STRS("us-east-1a", "us-east-1b"),
        .public_subnet_ids = CCDK_STRS("subnet-pub1", "subnet-pub2"),
        .private_subnet_ids = CCDK_STRS("subnet-fe1", "subnet-fe2", "subnet-be1", "subnet-be2"),
        .private_subnet_names = CCDK_STRS("Frontend", "Backend"),
        .private_subnet_route_table_ids = CCDK_STRS("rtb-1", "rtb-2", "rtb-3", "rtb-4"),
    });
    ccdk_ec2_security_group *shared =
        ccdk_ec2_security_group_from_security_group_id(stack, "Shared", "sg-0123456789abcdef0", CCDK_FALSE, CCDK_UNSET);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Backend", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "Backend"},
        .security_groups = CCDK_LIST(shared),
        .ipv6_allowed_for_dual_stack = CCDK_TRUE,
    });
    ccdk_ec2_connections_allow_to_peer(ccdk_lambda_function_connections(fn), ccdk_ec2_peer_ipv4("10.10.0.0/16"),
                                       ccdk_ec2_port_tcp(443), "VPC endpoints");
    ccdk_ec2_security_group_add_ingress_rule(shared, ccdk_ec2_peer_ipv4("10.10.0.0/16"), ccdk_ec2_port_all_tcp(), NULL,
                                             CCDK_UNSET);
    /* an imported function with its security group id: its connections */
    ccdk_lambda_function *legacy = ccdk_lambda_function_from_function_attributes(stack, "Legacy", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:legacy",
        .security_group_id = "sg-0fedcba9876543210",
    });
    ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(legacy), ccdk_lambda_function_connections(fn),
                                  ccdk_ec2_port_tcp(8443), "legacy calls backend");
    ccdk_cfn_output_new(stack, "Cidr", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_cidr_block(vpc)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
