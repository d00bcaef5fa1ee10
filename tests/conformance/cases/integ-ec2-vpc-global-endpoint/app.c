/* Conformance case 'integ-ec2-vpc-global-endpoint': aws-ec2 test/integ.vpc-global-endpoint.ts
 * (dropped: the IntegTest and the commented-out instance). */
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "test-globalvpcendpoint", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "MyVpc", &(ccdk_ec2_vpc_props){
        .enable_dns_support = CCDK_TRUE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .map_public_ip_on_launch = CCDK_TRUE},
            {.name = "Private", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
    });

    ccdk_ec2_vpc_add_interface_endpoint(vpc, "S3MultiRegionAccessEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_S3_MULTI_REGION_ACCESS_POINTS,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
