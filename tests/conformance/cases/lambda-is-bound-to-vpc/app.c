/* singleton-lambda.test.ts 'bind to vpc and access connections' and isBoundToVpc of the other
 * IFunctions (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>
#include <stdio.h>

static ccdk_stack *stack;

/* the function itself, not the checked macro: fn is any IFunction here */
static void bound(const char *id, void *fn)
{
    char name[64];
    snprintf(name, sizeof name, "%sBound", id);
    ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){
        .value = (ccdk_lambda_function_is_bound_to_vpc)(fn) ? "true" : "false"});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2), .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "SG",
        &(ccdk_ec2_security_group_props){.vpc = vpc});

    ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton",
        &(ccdk_lambda_singleton_function_props){
            .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
            .function = {
                .code = ccdk_lambda_code_from_inline(stack, "foo"),
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
                .handler = "index.handler",
                .security_groups = CCDK_LIST(security_group),
                .vpc = vpc,
            },
        });
    bound("Singleton", singleton);
    ccdk_ec2_security_group_list groups = ccdk_ec2_connections_security_groups(
        ccdk_lambda_function_connections(ccdk_lambda_singleton_function_lambda(singleton)));
    char count[16];
    snprintf(count, sizeof count, "%zu", groups.count);
    ccdk_cfn_output_new(stack, "SingletonGroups", &(ccdk_cfn_output_props){.value = count});
    ccdk_cfn_output_new(stack, "SingletonGroup", &(ccdk_cfn_output_props){
        .value = ccdk_ec2_security_group_id(groups.items[0])});

    ccdk_lambda_function *plain = ccdk_lambda_function_new(stack, "Plain", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler"});
    bound("PlainFunction", plain);
    ccdk_lambda_function *in_vpc = ccdk_lambda_function_new(stack, "InVpc", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler", .vpc = vpc});
    bound("VpcFunction", in_vpc);
    bound("VpcFunctionVersion", ccdk_lambda_function_current_version(in_vpc));
    bound("VpcFunctionAlias", ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "live", .version = ccdk_lambda_function_current_version(in_vpc)}));
    bound("ImportWithGroup", ccdk_lambda_function_from_function_attributes(stack, "ImportWithGroup",
        &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:with-group",
            .security_group_id = "sg-12345"}));
    bound("ImportWithoutGroup", ccdk_lambda_function_from_function_arn(stack, "ImportWithoutGroup",
        "arn:aws:lambda:us-east-1:123456789012:function:without-group"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
