/* Interface VPC endpoints a function in a VPC uses (Secrets Manager, SSM, SQS, SNS, Lambda, KMS,
 * STS, CloudWatch Logs, ECR, DynamoDB, Keyspaces on its own port, a service of one's own): their
 * security groups (new, or given, imported), the ingress rule from the VPC's CIDR (open),
 * private_dns_enabled, subnet selections (one per AZ), add_to_policy, a function's connections to
 * them; and the region-dependent service names in stacks of cn-north-1 (cn.com.amazonaws prefix,
 * .cn suffix), us-iso-east-1 and a global service.
 * Ported from aws-cdk: vpc-endpoint.test.ts (interface endpoint) */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(3),
        .nat_gateways = CCDK_NUM(0),
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
            {.name = "Endpoints", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(26)}),
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "App"},
    });
    ccdk_ec2_connections *fn_c = ccdk_lambda_function_connections(fn);
    ccdk_ec2_interface_vpc_endpoint *secrets = ccdk_ec2_vpc_add_interface_endpoint(vpc, "SecretsManager",
        &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SECRETS_MANAGER,
            .subnets = {.subnet_group_name = "Endpoints"},
        });
    ccdk_ec2_connections_allow_default_port_from(ccdk_ec2_interface_vpc_endpoint_connections(secrets), fn_c,
                                                 "function to secrets");
    ccdk_ec2_interface_vpc_endpoint_add_to_policy(secrets, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
        .actions = CCDK_STRS("secretsmanager:GetSecretValue"),
        .resources = CCDK_STRS("*"),
    }));
    ccdk_ec2_interface_vpc_endpoint *ssm = ccdk_ec2_vpc_add_interface_endpoint(vpc, "Ssm", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SSM, .private_dns_enabled = CCDK_FALSE});
    ccdk_ec2_connections_allow_to_default_port(fn_c, ccdk_ec2_interface_vpc_endpoint_connections(ssm), NULL);
    ccdk_ec2_security_group *shared = ccdk_ec2_security_group_new(stack, "Shared", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group *imported = ccdk_ec2_security_group_from_security_group_id(stack, "Imported", "sg-0123456789abcdef0",
                                                                                      CCDK_UNSET, CCDK_UNSET);
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "Sqs", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS,
        .security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(shared, imported)});
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "Sns", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SNS,
        .security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(shared, imported)});
    ccdk_strs azs = ccdk_ec2_vpc_availability_zones(vpc);
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "Lambda", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_LAMBDA,
        .open = CCDK_FALSE,
        .subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .availability_zones = CCDK_STRS(azs.items[0])}});
    const struct {
        const char *id;
        ccdk_ec2_interface_vpc_endpoint_service service;
    } more[] = {
        {"Kms", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_KMS},
        {"Sts", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_STS},
        {"Logs", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_CLOUDWATCH_LOGS},
        {"Ecr", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECR},
        {"EcrDocker", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECR_DOCKER},
        {"Dynamo", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_DYNAMODB},
        {"Keyspaces", CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_KEYSPACES},
    };
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        ccdk_ec2_vpc_add_interface_endpoint(vpc, more[i].id, &(ccdk_ec2_interface_vpc_endpoint_options){.service = more[i].service});
    ccdk_ec2_interface_vpc_endpoint *custom = ccdk_ec2_interface_vpc_endpoint_new(stack, "Custom", &(ccdk_ec2_interface_vpc_endpoint_props){
        .vpc = vpc,
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_SERVICE("com.amazonaws.vpce.eu-west-1.vpce-svc-1234", 8443),
        .service_region = "eu-west-1",
    });
    ccdk_ec2_connections_allow_from(ccdk_ec2_interface_vpc_endpoint_connections(custom), fn_c, ccdk_ec2_port_tcp(8443), NULL);
    ccdk_cfn_output_new(stack, "CustomEndpoint", &(ccdk_cfn_output_props){.value = ccdk_ec2_interface_vpc_endpoint_id(custom)});
    ccdk_cfn_output_new(stack, "SecretsGroup", &(ccdk_cfn_output_props){.value = ccdk_ec2_interface_vpc_endpoint_security_group_id(secrets)});

    const char *regions[] = {"cn-north-1", "us-iso-east-1"};
    for (size_t i = 0; i < 2; i++) {
        char name[64];
        snprintf(name, sizeof name, "Stack-%s", regions[i]);
        ccdk_stack *s = ccdk_stack_new(app, name, &(ccdk_stack_props){.region = regions[i]});
        ccdk_ec2_vpc *v = ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
            .max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
        ccdk_ec2_vpc_add_interface_endpoint(v, "Ecr", &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECR});
        ccdk_ec2_vpc_add_interface_endpoint(v, "Transcribe", &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_TRANSCRIBE});
        ccdk_ec2_vpc_add_interface_endpoint(v, "Sns", &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SNS});
        ccdk_ec2_vpc_add_interface_endpoint(v, "Iam", &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_IAM});
        ccdk_ec2_vpc_add_interface_endpoint(v, "Freetier", &(ccdk_ec2_interface_vpc_endpoint_options){
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_BILLING_AND_COST_MANAGEMENT_FREETIER});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
