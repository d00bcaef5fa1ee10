/* Conformance case 'integ-ec2-vpc-endpoint-lit': aws-ec2 test/integ.vpc-endpoint.lit.ts
 * (dropped: the IntegTest). */
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-ec2-vpc-endpoint", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");

    /* Add gateway endpoints when creating the VPC */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "MyVpc", &(ccdk_ec2_vpc_props){
        .gateway_endpoints = CCDK_LIST_OF(ccdk_ec2_vpc_gateway_endpoint,
                                          {"S3", {.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3}}),
    });

    /* Alternatively gateway endpoints can be added on the VPC */
    ccdk_ec2_gateway_vpc_endpoint *dynamo_db_endpoint = ccdk_ec2_vpc_add_gateway_endpoint(vpc, "DynamoDbEndpoint",
        &(ccdk_ec2_gateway_vpc_endpoint_options){.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_DYNAMODB});

    /* Gateway endpoint with IPv6/dualstack support */
    ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3DualstackEndpoint", &(ccdk_ec2_gateway_vpc_endpoint_options){
        .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3,
        .ip_address_type = CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_DUALSTACK,
        .dns_record_ip_type = CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_DUALSTACK,
    });

    /* This allows to customize the endpoint policy */
    ccdk_ec2_gateway_vpc_endpoint_add_to_policy(dynamo_db_endpoint,
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
            .actions = CCDK_STRS("dynamodb:DescribeTable", "dynamodb:ListTables"),
            .resources = CCDK_STRS("*"),
        }));

    /* Add an interface endpoint */
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "EcrDockerEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECR_DOCKER});

    /* Add an interface endpoint with privateDnsDefault false */
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "DynamoDbInterfaceEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_DYNAMODB,
        .private_dns_enabled = CCDK_FALSE,
    });

    /* Add an interface endpoint with ipAddressType and dnsRecordIpType */
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "CloudwatchLogsEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_CLOUDWATCH_LOGS,
        .ip_address_type = CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_IPV4,
        .dns_record_ip_type = CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_IPV4,
    });

    /* Add a cross-region interface endpoint */
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "CrossRegionEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_SERVICE("com.amazonaws.eu-west-1.s3", 443),
        .service_region = "eu-west-1",
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
