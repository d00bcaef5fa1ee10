/* Conformance case 'ported-function-policy-token-resolution-flag-on': aws-cdk's
 * function-policy-statement-token-resolution.test.ts (aws-lambda) 'respects feature flag when enabled -
 * always creates separate policies' ported literally: the flag true in the App's context, the Default
 * stack (a NULL id).
 * Ported from aws-cdk: function-policy-statement-token-resolution.test.ts 'respects feature flag when
 * enabled - always creates separate policies' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "true"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "test"),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.test",
    });
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:ListBucket"), .resources = CCDK_STRS("arn:aws:s3:::static-bucket")}));
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "BucketList", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "bucket1,bucket2,bucket3")});
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"),
        .resources = ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_cfn_parameter_value_as_string(param)))}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
