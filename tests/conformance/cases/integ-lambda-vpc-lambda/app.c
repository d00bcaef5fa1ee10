/* Conformance case 'integ-lambda-vpc-lambda': aws-lambda test/integ.vpc-lambda.ts (nothing dropped). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-vpc-lambda", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "def main(event, context): pass"),
        .handler = "index.main",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .vpc = vpc,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
