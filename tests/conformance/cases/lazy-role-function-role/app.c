/* Conformance case 'lazy-role-function-role': see app.js. The Function takes the LazyRole's Role
 * (ccdk_iam_lazy_role_role makes it, as the Function's read of roleArn does); grants to the
 * Function go to that Role's policy, as aws-cdk-lib's to the LazyRole. */
#include <ccdk/core.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_secretsmanager_secret *shared = ccdk_secretsmanager_secret_new(producer, "Shared", &(ccdk_secretsmanager_secret_props){
        .secret_name = "shared", .encryption_key = ccdk_kms_key_new(producer, "Key", NULL)});

    ccdk_stack *stack = ccdk_stack_new(app, "Functions", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .role_name = "fn-role",
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "service-role/AWSLambdaBasicExecutionRole"))});
    ccdk_iam_lazy_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sns:Publish"), .resources = CCDK_STRS("*")}));
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .role = ccdk_iam_lazy_role_role(role)});
    ccdk_secretsmanager_secret *local = ccdk_secretsmanager_secret_new(stack, "Local", NULL);
    ccdk_secretsmanager_secret_grant_read(local, fn);
    ccdk_secretsmanager_secret_grant_read(shared, fn);
    ccdk_cfn_output_new(stack, "RoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(ccdk_lambda_function_role(fn))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
