/* aws-cdk's vpc-lambda.test.ts (aws-lambda), its tests that synthesize (see app.js; the VPCs
 * without the Custom::VpcRestrictDefaultSG of the cdk init flags). */
#include <ccdk/lambda.h>

#define PROPS .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler", \
              .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        PROPS, .vpc = vpc, .allow_all_outbound = CCDK_FALSE});

    /* 'has securitygroup that is passed in props' (deprecated securityGroup) */
    ccdk_lambda_function_new(stack, "LambdaWithCustomSG", &(ccdk_lambda_function_props){
        PROPS, .vpc = vpc,
        .security_group = ccdk_ec2_security_group_new(stack, "CustomSecurityGroupX", &(ccdk_ec2_security_group_props){.vpc = vpc})});

    /* 'has all the securitygroups that are passed as a list of SG in props' */
    ccdk_lambda_function_new(stack, "LambdaWithCustomSGList", &(ccdk_lambda_function_props){
        PROPS, .vpc = vpc,
        .security_groups = CCDK_LIST(
            ccdk_ec2_security_group_new(stack, "CustomSecurityGroupA", &(ccdk_ec2_security_group_props){.vpc = vpc}),
            ccdk_ec2_security_group_new(stack, "CustomSecurityGroupB", &(ccdk_ec2_security_group_props){.vpc = vpc}))});

    /* 'participates in Connections objects' */
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SomeSecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_connections *connectable = ccdk_ec2_connections_new(stack, (ccdk_ec2_security_group_list)CCDK_LIST(sg), NULL);
    ccdk_ec2_connections_allow_to(ccdk_lambda_function_connections(fn), connectable, ccdk_ec2_port_all_tcp(),
                                  "Lambda can call connectable");

    /* 'can still make Connections after export/import' */
    ccdk_stack *stack2 = ccdk_stack_new(app, "stack2", NULL);
    ccdk_ec2_security_group *sg2 = ccdk_ec2_security_group_new(stack2, "SomeSecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_connections *connectable2 = ccdk_ec2_connections_new(stack2, (ccdk_ec2_security_group_list)CCDK_LIST(sg2), NULL);
    ccdk_ec2_connections_allow_from(connectable2, ccdk_lambda_function_connections(fn), ccdk_ec2_port_all_tcp(),
                                    "Lambda can call connectable");

    /* 'can pick public subnet for Lambda' */
    {
        ccdk_stack *s = ccdk_stack_new(app, "PublicStack", NULL);
        ccdk_ec2_vpc *v = ccdk_ec2_vpc_new(s, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        ccdk_lambda_function_new(s, "PublicLambda", &(ccdk_lambda_function_props){
            .allow_public_subnet = CCDK_TRUE, .code = ccdk_lambda_code_from_inline(s, "foo"), .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X, .vpc = v,
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}});
    }
    /* 'can pick private subnet for Lambda' */
    {
        ccdk_stack *s = ccdk_stack_new(app, "PrivateStack", NULL);
        ccdk_ec2_vpc *v = ccdk_ec2_vpc_new(s, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        ccdk_lambda_function_new(s, "PrivateLambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(s, "foo"), .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X, .vpc = v,
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}});
    }
    /* 'can pick isolated subnet for Lambda' */
    {
        ccdk_stack *s = ccdk_stack_new(app, "IsolatedStack", NULL);
        ccdk_ec2_vpc *v = ccdk_ec2_vpc_new(s, "VPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .subnet_configuration = CCDK_EC2_SUBNETS({.name = "Isolated", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED})});
        ccdk_lambda_function_new(s, "IsolatedLambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(s, "foo"), .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X, .vpc = v,
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
