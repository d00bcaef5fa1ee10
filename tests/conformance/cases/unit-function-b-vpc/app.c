/* Conformance case 'unit-function-b-vpc': function.test.ts's VPC configuration tests that synthesize
 * (see app.js). */
#include <ccdk/lambda.h>

static ccdk_ec2_vpc *new_vpc(ccdk_stack *stack)
{
    return ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "VpcEmptySecurityGroups", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .vpc = new_vpc(stack),
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .security_groups = CCDK_EMPTY_LIST,
    });

    stack = ccdk_stack_new(app, "NoVpcEmptySecurityGroups", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .security_groups = CCDK_EMPTY_LIST,
    });

    stack = ccdk_stack_new(app, "EmptySecurityGroupsAllowAllOutbound", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .vpc = new_vpc(stack),
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .security_groups = CCDK_EMPTY_LIST,
        .allow_all_outbound = CCDK_FALSE,
    });

    const char *names[] = {"Ipv6DualStackTrue", "Ipv6DualStackFalse"};
    for (int i = 0; i < 2; i++) {
        stack = ccdk_stack_new(app, names[i], NULL);
        ccdk_ec2_vpc *vpc = new_vpc(stack);
        ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "LambdaSG",
            &(ccdk_ec2_security_group_props){.vpc = vpc, .allow_all_outbound = CCDK_TRUE, .allow_all_ipv6_outbound = CCDK_TRUE});
        ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
            .vpc = vpc,
            .code = ccdk_lambda_code_from_inline(stack, "foo"),
            .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
            .ipv6_allowed_for_dual_stack = i == 0 ? CCDK_TRUE : CCDK_FALSE,
            .security_groups = CCDK_LIST(security_group),
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        });
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
