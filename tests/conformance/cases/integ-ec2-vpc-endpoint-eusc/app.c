/* Conformance case 'integ-ec2-vpc-endpoint-eusc': aws-ec2 test/integ.vpc-endpoint-eusc.ts
 * (dropped: the IntegTest). */
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-ec2-vpc-endpoint-eusc", &(ccdk_stack_props){
        .region = "eusc-de-east-1"});
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "EuscVpc", NULL);

    /* Test VPC endpoints for eusc-de-east-1 region services */
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "EcrDkrEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECR_DOCKER});
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "EcrApiEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_ECR});
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "ApiGatewayEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_APIGATEWAY});
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "SecurityHubEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SECURITYHUB});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
