/* error: endpoint.addToPolicy with a statement that has no principal.
 * Ported from aws-cdk: vpc-endpoint.test.ts (throws if a policy statement has no principal) */
#include <ccdk/ec2.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(1), .nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_gateway_vpc_endpoint *endpoint = ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3",
        &(ccdk_ec2_gateway_vpc_endpoint_options){.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3});
    ccdk_ec2_gateway_vpc_endpoint_add_to_policy(endpoint, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*")}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
