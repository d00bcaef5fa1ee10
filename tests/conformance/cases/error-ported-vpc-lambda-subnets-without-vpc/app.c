/* Conformance case 'error-ported-vpc-lambda-subnets-without-vpc': aws-cdk's vpc-lambda.test.ts
 * 'specifying vpcSubnets without a vpc throws an Error' ported literally (the Default stack: a NULL id;
 * the deprecated SubnetType.PRIVATE).
 * Ported from aws-cdk: vpc-lambda.test.ts 'specifying vpcSubnets without a vpc throws an Error' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
