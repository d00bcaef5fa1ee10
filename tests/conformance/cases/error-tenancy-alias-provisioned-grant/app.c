/* Conformance case 'error-tenancy-alias-provisioned-grant': provisioned concurrency on an alias and a
 * version of a tenant-isolated function, then grants on them: the error, and no crash (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT,
    });
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", &(ccdk_lambda_alias_options){
        .provisioned_concurrent_executions = CCDK_NUM(10)});
    ccdk_lambda_function_grant_invoke(alias, ccdk_iam_service_principal(stack, "s3.amazonaws.com"));
    ccdk_lambda_function_add_permission(alias, "Perm", &(ccdk_lambda_permission){
        .principal = ccdk_iam_account_principal(stack, "333333333333")});
    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = fn, .provisioned_concurrent_executions = CCDK_NUM(2)});
    ccdk_lambda_function_grant_invoke(version, ccdk_iam_service_principal(stack, "sns.amazonaws.com"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
