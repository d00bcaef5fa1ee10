/* 'error-capacity-provider-max-execution-low': error: throws when maxExecutionEnvironments is less than 0
 * Ported from aws-cdk: capacity-provider.test.ts 'throws when maxExecutionEnvironments is less than 0' */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_subnet *subnet = ccdk_ec2_subnet_from_subnet_attributes(stack, "Subnet1", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "subnet-1", .route_table_id = "rtb-1"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    ccdk_lambda_capacity_provider *cp = ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST(subnet), .security_groups = CCDK_LIST(sg)});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {}")});
    ccdk_lambda_capacity_provider_add_function(cp, fn, &(ccdk_lambda_capacity_provider_function_options){
        .latest_published_scaling_config = {.max_execution_environments = CCDK_NUM(-1)}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
