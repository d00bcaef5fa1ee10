/* versions-imported-aliases-urls: addAlias on imported versions, URLs and grantInvokeUrl on imported
 * versions' aliases and an imported alias; URLs of imported functions (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "1234")});

    ccdk_lambda_version *by_arn = ccdk_lambda_version_from_version_arn(stack, "ByArn",
        "arn:aws:lambda:us-east-1:123456789012:function:fn-name:7");
    ccdk_lambda_alias *live = ccdk_lambda_version_add_alias(by_arn, "live", &(ccdk_lambda_alias_options){
        .provisioned_concurrent_executions = CCDK_NUM(3), .description = "live alias"});
    ccdk_lambda_function_url *live_url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("*"), .exposed_headers = CCDK_STRS("X-Amz-Id"), .max_age = ccdk_duration_days(1)},
    });
    ccdk_lambda_function_url_grant_invoke_url(live_url, role);

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"), .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X});
    ccdk_lambda_version *by_attrs = ccdk_lambda_version_from_version_attributes(stack, "ByAttrs",
        &(ccdk_lambda_version_attributes){.lambda = fn, .version = "3"});
    ccdk_lambda_alias *beta = ccdk_lambda_version_add_alias(by_attrs, "beta", &(ccdk_lambda_alias_options){
        .retry_attempts = CCDK_NUM(1)});
    ccdk_lambda_function_url_new(stack, "BetaUrl", &(ccdk_lambda_function_url_props){
        .function = beta, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM});
    ccdk_lambda_function_grant_invoke_url(beta, role);

    ccdk_lambda_alias *imported_alias = ccdk_lambda_alias_from_alias_attributes(stack, "ImportedAlias",
        &(ccdk_lambda_alias_attributes){.alias_name = "prod", .alias_version = by_arn});
    ccdk_lambda_function_add_function_url(imported_alias, NULL);
    ccdk_lambda_function_grant_invoke_url(imported_alias, role);

    ccdk_lambda_function *imported_fn = ccdk_lambda_function_from_function_arn(stack, "ImportedFn",
        "arn:aws:lambda:us-east-1:210987654321:function:other");
    ccdk_lambda_function_add_function_url(imported_fn, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    ccdk_lambda_function *same_fn = ccdk_lambda_function_from_function_attributes(stack, "SameFn",
        &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:same", .same_environment = CCDK_TRUE});
    ccdk_lambda_function_add_function_url(same_fn, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_BUFFERED});

    ccdk_cfn_output_new(stack, "LiveUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(live_url)});
    ccdk_cfn_output_new(stack, "LiveArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(live)});
    ccdk_cfn_output_new(stack, "BetaName", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_function_name(beta)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
