/* Gateway VPC endpoints for S3 and DynamoDB, from the Vpc's gateway_endpoints, add_gateway_endpoint
 * with subnet selections, ccdk_ec2_gateway_vpc_endpoint_new, add_to_policy, and a function in the
 * VPC's isolated subnets that uses them.
 * Ported from aws-cdk: vpc-endpoint.test.ts (gateway endpoint) */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2),
        .restrict_default_security_group = CCDK_FALSE,
        .nat_gateways = CCDK_NUM(1),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "Private", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
            {.name = "Data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(24)}),
        .gateway_endpoints = CCDK_LIST_OF(ccdk_ec2_vpc_gateway_endpoint,
            {"S3", {.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3}},
            {"Dynamo", {.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_DYNAMODB,
                        .subnets = CCDK_EC2_SUBNET_SELECTIONS(
                            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
                            {.subnet_group_name = "Data"},
                            {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS})}}),
    });
    ccdk_strs azs = ccdk_ec2_vpc_availability_zones(vpc);
    ccdk_ec2_gateway_vpc_endpoint *express = ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3Express",
        &(ccdk_ec2_gateway_vpc_endpoint_options){
            .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3_EXPRESS,
            .subnets = CCDK_EC2_SUBNET_SELECTIONS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED,
                                                   .availability_zones = CCDK_STRS(azs.items[1])}),
        });
    ccdk_ec2_gateway_vpc_endpoint_add_to_policy(express, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
        .actions = CCDK_STRS("s3express:CreateSession"),
        .resources = CCDK_STRS("*"),
    }));
    ccdk_ec2_gateway_vpc_endpoint_add_to_policy(express, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
        .actions = CCDK_STRS("s3express:ListAllMyDirectoryBuckets"),
        .resources = CCDK_STRS("*"),
    }));
    ccdk_ec2_gateway_vpc_endpoint *custom = ccdk_ec2_gateway_vpc_endpoint_new(stack, "Custom", &(ccdk_ec2_gateway_vpc_endpoint_props){
        .vpc = vpc,
        .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_SERVICE("com.amazonaws.vpce.eu-west-1.vpce-svc-1234"),
        .subnets = CCDK_EC2_SUBNET_SELECTIONS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}),
    });
    ccdk_ec2_gateway_vpc_endpoint *own = ccdk_ec2_gateway_vpc_endpoint_new(stack, "OwnPrefix", &(ccdk_ec2_gateway_vpc_endpoint_props){
        .vpc = vpc,
        .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE("s3", "com.example"),
    });
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
        .environment = CCDK_KVS({"CUSTOM_ENDPOINT", ccdk_ec2_gateway_vpc_endpoint_id(custom)},
                                {"OWN_ENDPOINT", ccdk_ec2_gateway_vpc_endpoint_id(own)}),
    });
    ccdk_cfn_output_new(stack, "ExpressEndpoint", &(ccdk_cfn_output_props){.value = ccdk_ec2_gateway_vpc_endpoint_id(express)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
