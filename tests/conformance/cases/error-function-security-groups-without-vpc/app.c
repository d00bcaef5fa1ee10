/* Conformance case 'error-function-security-groups-without-vpc': function.test.ts describe('VPC configuration') 'with securityGroups and no VPC'. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1)});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "LambdaSG",
        &(ccdk_ec2_security_group_props){.vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .security_groups = CCDK_LIST(security_group),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
