/* Conformance case 'permission-composite-principal': addPermission and grantInvoke with a
 * CompositePrincipal of exactly one AWS principal take that principal (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ec2.amazonaws.com")});
    ccdk_lambda_function_add_permission(fn, "ServiceAndAccount", &(ccdk_lambda_permission){
        .principal = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_service_principal(stack, "sns.amazonaws.com"), ccdk_iam_account_principal(stack, "123456789012")))});
    ccdk_lambda_function_add_permission(fn, "Arn", &(ccdk_lambda_permission){
        .principal = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:user/u"))),
        .action = "lambda:GetFunction"});
    ccdk_lambda_function_add_permission(fn, "AnyAndService", &(ccdk_lambda_permission){
        .principal = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_any_principal(stack), ccdk_iam_service_principal(stack, "s3.amazonaws.com"))),
        .source_account = "123456789012"});
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_function_add_permission(alias, "RoleAndService", &(ccdk_lambda_permission){
        .principal = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_service_principal(stack, "events.amazonaws.com"), ccdk_iam_role_principal(role)))});
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
        ccdk_iam_account_root_principal(stack), ccdk_iam_service_principal(stack, "sqs.amazonaws.com"))));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
