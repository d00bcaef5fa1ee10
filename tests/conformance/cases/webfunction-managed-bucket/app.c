/* The README's WebFunctionCode.fromAssetToManagedBucket examples (aws-lambda README "#### Into a
 * bucket CDK creates", "#### Configuring the copy step"): two WebFunctions staging a local directory
 * into the stack's one shared AWSCDKWebFunctionAssetBucket (versioned, SSE-S3, auto-deleted, its
 * lambda.amazonaws.com read grant), each through a Custom::S3ObjectCopy of a copy function per
 * destination and copyOptions (one with a VPC). */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_web_function_new(stack, "MyWebFunction", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(stack, "my-app", NULL),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
    });

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_lambda_web_function_new(stack, "InVpc", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_asset_to_managed_bucket(
            stack, "my-app", &(ccdk_lambda_web_function_managed_bucket_asset_options){
                .copy_options = {
                    .vpc = vpc,
                    .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
                },
            }),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
