/* An Alias shifting traffic between versions, with provisioned concurrency, async invoke options,
 * permissions, a function URL and an imported alias. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_lambda_version *v1 = ccdk_lambda_version_new(stack, "V1", &(ccdk_lambda_version_props){.lambda = fn});
    ccdk_lambda_version *v2 = ccdk_lambda_version_new(stack, "V2", &(ccdk_lambda_version_props){.lambda = fn, .description = "two"});
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = v2,
        .description = "canary",
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight,
            {v1, 0.1}, {ccdk_lambda_function_current_version(fn), 0.2}),
        .provisioned_concurrent_executions = CCDK_NUM(3),
        .max_event_age = ccdk_duration_minutes(5),
        .retry_attempts = CCDK_NUM(0),
    });
    ccdk_lambda_function_grant_invoke(alias, ccdk_iam_account_principal(stack, "123456789012"));
    ccdk_lambda_function_add_permission(alias, "Sns", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
        .source_arn = "arn:aws:sns:us-east-1:123456789012:topic",
    });
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(alias, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allow_credentials = CCDK_TRUE,
            .allowed_headers = CCDK_STRS("X-Custom"),
            .allowed_methods = CCDK_STRS("GET", "POST"),
            .allowed_origins = CCDK_STRS("*"),
            .exposed_headers = CCDK_STRS("X-Out"),
            .max_age = ccdk_duration_hours(1),
        },
    });
    ccdk_lambda_alias *imported = ccdk_lambda_alias_from_alias_attributes(stack, "ImportedAlias",
        &(ccdk_lambda_alias_attributes){.alias_name = "old", .alias_version = v1});
    ccdk_cfn_output_new(stack, "Url", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    ccdk_cfn_output_new(stack, "UrlFunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_function_arn(url)});
    ccdk_cfn_output_new(stack, "AliasName", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_function_name(alias)});
    ccdk_cfn_output_new(stack, "ImportedArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
