/* valueAsList of a CfnParameter whose type is not a list type (here the default, String), as a
 * statement's resources: aws-cdk-lib's error "Parameter type (String) is not a string list type"
 * with the parameter's path. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_cfn_parameter *buckets = ccdk_cfn_parameter_new(stack, "BucketList", &(ccdk_cfn_parameter_props){
        .default_value = ccdk_v_string(stack, "a,b")});
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"), .resources = ccdk_cfn_parameter_value_as_list(buckets)}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
