/* error: an interface endpoint whose subnet selection selects nothing (an availability zone the
 * VPC does not use). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "Sqs", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS,
        .subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .availability_zones = CCDK_STRS("nowhere-1a")},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
