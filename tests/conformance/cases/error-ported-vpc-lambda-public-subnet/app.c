/* Conformance case 'error-ported-vpc-lambda-public-subnet': aws-cdk's vpc-lambda.test.ts 'picking public
 * subnet type is not allowed if not overriding allowPublicSubnet' ported literally (the Default stack: a
 * NULL id).
 * Ported from aws-cdk: vpc-lambda.test.ts 'picking public subnet type is not allowed if not overriding
 * allowPublicSubnet' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "Private", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
            {.name = "Isolated", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
    });
    ccdk_lambda_function_new(stack, "PublicLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
