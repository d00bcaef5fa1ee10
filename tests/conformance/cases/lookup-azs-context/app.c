/* Environment-specific stacks whose Vpc takes the AZs the CLI looked up (context.json) or, before
 * that, aws-cdk-lib's dummy AZs with the lookup reported missing (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *envs[][2] = {{"Oregon", "us-west-2"}, {"Stockholm", "eu-north-1"}};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, envs[i][0], &(ccdk_stack_props){.account = "123456789012", .region = envs[i][1]});
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
            .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});
        ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"), .vpc = vpc});
        ccdk_cfn_output_new(stack, "Azs", &(ccdk_cfn_output_props){
            .value = ccdk_fn_join(stack, ",", ccdk_ec2_vpc_availability_zones(vpc))});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
