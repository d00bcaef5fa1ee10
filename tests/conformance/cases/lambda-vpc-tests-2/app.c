/* Functions in VPCs beside vpc-lambda.test.ts's tests: a public-only VPC, subnet selections by
 * group name, AZ and onePerAz, an imported VPC with imported security groups, connections (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id, ccdk_ec2_vpc *vpc, ccdk_lambda_function_props p)
{
    p.code = ccdk_lambda_code_from_inline(stack, "foo");
    p.handler = "index.handler";
    p.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X;
    p.vpc = vpc;
    return ccdk_lambda_function_new(stack, id, &p);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "PublicOnly", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC})});
    fn(stack, "Fn", vpc, (ccdk_lambda_function_props){.allow_public_subnet = CCDK_TRUE});

    stack = ccdk_stack_new(app, "Selections", NULL);
    vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .max_azs = CCDK_NUM(3),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
            {.name = "Db", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED})});
    ccdk_lambda_function *by_name = fn(stack, "ByName", vpc, (ccdk_lambda_function_props){
        .vpc_subnets = {.subnet_group_name = "Db"}});
    ccdk_strs azs = ccdk_ec2_vpc_availability_zones(vpc);
    ccdk_lambda_function *one_az = fn(stack, "OneAz", vpc, (ccdk_lambda_function_props){
        .vpc_subnets = {.availability_zones = CCDK_STRS(azs.items[0])}});
    fn(stack, "OnePerAz", vpc, (ccdk_lambda_function_props){
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .one_per_az = CCDK_TRUE}});
    ccdk_ec2_connections_allow_from(ccdk_lambda_function_connections(by_name), ccdk_lambda_function_connections(one_az),
                                    ccdk_ec2_port_tcp(5432), "app to db");
    ccdk_ec2_connections_allow_to_any_ipv4(ccdk_lambda_function_connections(one_az), ccdk_ec2_port_tcp(443), NULL);
    ccdk_ec2_connections_allow_from_peer(ccdk_lambda_function_connections(by_name), ccdk_ec2_peer_ipv4("10.1.0.0/16"),
                                         ccdk_ec2_port_tcp_range(8000, 8080), NULL);

    stack = ccdk_stack_new(app, "Imported", NULL);
    vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("us-east-1a", "us-east-1b"),
        .private_subnet_ids = CCDK_STRS("subnet-a", "subnet-b"), .public_subnet_ids = CCDK_STRS("subnet-c", "subnet-d")});
    ccdk_ec2_security_group *fixed = ccdk_ec2_security_group_from_security_group_id(stack, "Fixed", "sg-fixed",
                                                                                     CCDK_UNSET, CCDK_FALSE);
    ccdk_ec2_security_group *closed = ccdk_ec2_security_group_from_security_group_id(stack, "Closed", "sg-closed",
                                                                                      CCDK_FALSE, CCDK_UNSET);
    ccdk_lambda_function *a = fn(stack, "A", vpc, (ccdk_lambda_function_props){.security_groups = CCDK_LIST(fixed)});
    ccdk_lambda_function *b = fn(stack, "B", vpc, (ccdk_lambda_function_props){.security_groups = CCDK_LIST(closed)});
    ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(a), ccdk_lambda_function_connections(b),
                                  ccdk_ec2_port_tcp(80), NULL);
    ccdk_ec2_connections_allow_from_peer(ccdk_lambda_function_connections(b), ccdk_ec2_peer_any_ipv4(),
                                         ccdk_ec2_port_tcp(22), NULL);
    ccdk_ec2_connections_allow_to_peer(ccdk_lambda_function_connections(b), ccdk_ec2_peer_ipv4("192.168.0.0/24"),
                                       ccdk_ec2_port_all_tcp(), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
