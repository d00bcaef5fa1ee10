/* Conformance case 'versions-aliases-urls-metrics': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static void alarm(ccdk_stack *stack, const char *id, ccdk_cloudwatch_metric *metric)
{
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_cfn_parameter *concurrency = ccdk_cfn_parameter_new(stack, "Concurrency", &(ccdk_cfn_parameter_props){.type = "Number"});
    const char *conc = ccdk_cfn_parameter_value_as_string(concurrency);

    ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM, .auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = fn,
        .provisioned_concurrent_executions = CCDK_NUM_TOKEN(conc),
    });
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = version,
        .provisioned_concurrent_executions = CCDK_NUM_TOKEN(conc),
    });
    ccdk_lambda_function_url *alias_url = ccdk_lambda_function_add_function_url(alias, &(ccdk_lambda_function_url_options){
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_BUFFERED});
    ccdk_lambda_alias *other = ccdk_lambda_function_add_alias(fn, "other", NULL);
    ccdk_lambda_function_url_new(stack, "OtherUrl", &(ccdk_lambda_function_url_props){
        .function = other, .auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    ccdk_lambda_function_url_grant_invoke_url(alias_url, ccdk_iam_account_principal(stack, "111122223333"));
    ccdk_cfn_output_new(stack, "AliasUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(alias_url)});

    alarm(stack, "AliasErrors", ccdk_lambda_function_metric_errors(alias, NULL));
    alarm(stack, "AliasInvocations", ccdk_lambda_function_metric(alias, "Invocations", &(ccdk_cloudwatch_metric_options){.statistic = "Sum"}));
    alarm(stack, "OtherThrottles", ccdk_lambda_function_metric_throttles(other, NULL));
    alarm(stack, "VersionDuration", ccdk_lambda_function_metric_duration(version, NULL));

    ccdk_lambda_version *by_arn = ccdk_lambda_version_from_version_arn(stack, "ByArn", "arn:aws:lambda:us-east-1:123456789012:function:imported:7");
    ccdk_lambda_function_add_permission(by_arn, "Invoke", &(ccdk_lambda_permission){.principal = ccdk_iam_service_principal(stack, "events.amazonaws.com")});
    ccdk_lambda_function_grant_invoke(by_arn, ccdk_iam_account_principal(stack, "111122223333"));
    alarm(stack, "ByArnErrors", ccdk_lambda_function_metric_errors(by_arn, NULL));
    ccdk_cfn_output_new(stack, "ByArnName", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_function_name(by_arn)});
    ccdk_cfn_output_new(stack, "ByArnVersion", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(by_arn)});
    ccdk_lambda_version *by_attrs = ccdk_lambda_version_from_version_attributes(stack, "ByAttrs",
        &(ccdk_lambda_version_attributes){.version = "3", .lambda = fn});
    ccdk_lambda_function_add_permission(by_attrs, "Invoke", &(ccdk_lambda_permission){.principal = ccdk_iam_service_principal(stack, "events.amazonaws.com")});
    alarm(stack, "ByAttrsErrors", ccdk_lambda_function_metric_errors(by_attrs, NULL));
    ccdk_lambda_alias *imported_alias = ccdk_lambda_alias_from_alias_attributes(stack, "ImportedAlias",
        &(ccdk_lambda_alias_attributes){.alias_name = "blue", .alias_version = by_attrs});
    ccdk_lambda_function_add_permission(imported_alias, "Invoke", &(ccdk_lambda_permission){.principal = ccdk_iam_account_root_principal(stack)});
    alarm(stack, "ImportedAliasErrors", ccdk_lambda_function_metric_errors(imported_alias, NULL));
    ccdk_cfn_output_new(stack, "ImportedAliasArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(imported_alias)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
