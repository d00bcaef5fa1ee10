/* ported-vpc-lambda: aws-cdk's vpc-lambda.test.ts ported literally (see app.js): describe('lambda in
 * vpc')'s stack 'stack' with its tests' additions and stack2, the other tests a stack each, 'can pick
 * public subnet for Lambda' in the Default stack (a NULL id). */
#include <ccdk/lambda.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack, const char *id, ccdk_lambda_function_props props)
{
    props.code = ccdk_lambda_code_from_inline(stack, "foo");
    props.handler = "index.handler";
    props.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST;
    return ccdk_lambda_function_new(stack, id, &props);
}

static ccdk_ec2_security_group *new_sg(ccdk_stack *scope, const char *id, ccdk_ec2_vpc *vpc)
{
    return ccdk_ec2_security_group_new(scope, id, &(ccdk_ec2_security_group_props){.vpc = vpc});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
        ccdk_lambda_function *fn = new_fn(stack, "Lambda", (ccdk_lambda_function_props){
            .vpc = vpc, .allow_all_outbound = CCDK_FALSE});

        new_fn(stack, "LambdaWithCustomSG", (ccdk_lambda_function_props){
            .vpc = vpc, .security_group = new_sg(stack, "CustomSecurityGroupX", vpc)});

        ccdk_ec2_security_group *a = new_sg(stack, "CustomSecurityGroupA", vpc);
        ccdk_ec2_security_group *b = new_sg(stack, "CustomSecurityGroupB", vpc);
        new_fn(stack, "LambdaWithCustomSGList", (ccdk_lambda_function_props){.vpc = vpc, .security_groups = CCDK_LIST(a, b)});

        {
            ccdk_ec2_security_group *security_group = new_sg(stack, "SomeSecurityGroup", vpc);
            ccdk_ec2_connections *something_connectable =
                ccdk_ec2_connections_new(stack, (ccdk_ec2_security_group_list)CCDK_LIST(security_group), NULL);
            ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(fn), something_connectable,
                                          ccdk_ec2_port_all_tcp(), "Lambda can call connectable");
        }
        {
            ccdk_stack *stack2 = ccdk_stack_new(app, "stack2", NULL);
            ccdk_ec2_security_group *security_group = new_sg(stack2, "SomeSecurityGroup", vpc);
            ccdk_ec2_connections *something_connectable =
                ccdk_ec2_connections_new(stack2, (ccdk_ec2_security_group_list)CCDK_LIST(security_group), NULL);
            ccdk_ec2_connections_allow_from(something_connectable, ccdk_lambda_function_connections(fn),
                                            ccdk_ec2_port_all_tcp(), "Lambda can call connectable");
        }
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
        new_fn(stack, "PublicLambda", (ccdk_lambda_function_props){
            .allow_public_subnet = CCDK_TRUE, .vpc = vpc, .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PrivateSubnet", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
        new_fn(stack, "PrivateLambda", (ccdk_lambda_function_props){
            .vpc = vpc, .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IsolatedSubnet", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
            .subnet_configuration = CCDK_EC2_SUBNETS({.name = "Isolated", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED})});
        new_fn(stack, "IsolatedLambda", (ccdk_lambda_function_props){
            .vpc = vpc, .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
