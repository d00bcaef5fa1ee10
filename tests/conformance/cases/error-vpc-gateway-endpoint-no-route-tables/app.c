/* error: a gateway endpoint in an imported VPC whose subnets have no route table ids.
 * Ported from aws-cdk: vpc-endpoint.test.ts (throws when no route tables are available) */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "Vpc", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234",
        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1b"),
        .private_subnet_ids = CCDK_STRS("subnet-1", "subnet-2"),
    });
    ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3", &(ccdk_ec2_gateway_vpc_endpoint_options){
        .service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
