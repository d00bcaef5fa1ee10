/* A Version with provisioned concurrency and async invoke options; imported versions and $LATEST. */
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
    ccdk_lambda_version *v = ccdk_lambda_version_new(stack, "MyVersion", &(ccdk_lambda_version_props){
        .lambda = fn,
        .description = "first version",
        .code_sha256 = "abc123=",
        .provisioned_concurrent_executions = CCDK_NUM(5),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        .max_event_age = ccdk_duration_hours(1),
        .retry_attempts = CCDK_NUM(2),
    });
    ccdk_lambda_function_grant_invoke(v, ccdk_iam_service_principal(stack, "events.amazonaws.com"));
    ccdk_lambda_function_add_alias(v, "stable", &(ccdk_lambda_alias_options){.provisioned_concurrent_executions = CCDK_NUM(2)});
    ccdk_lambda_version *imported = ccdk_lambda_version_from_version_arn(stack, "Imported",
        "arn:aws:lambda:us-east-1:123456789012:function:other:7");
    ccdk_lambda_version *from_attrs = ccdk_lambda_version_from_version_attributes(stack, "FromAttrs",
        &(ccdk_lambda_version_attributes){.lambda = fn, .version = "3"});
    ccdk_lambda_function_add_alias(from_attrs, "three", NULL);
    ccdk_cfn_output_new(stack, "ImportedName", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_function_name(imported)});
    ccdk_cfn_output_new(stack, "ImportedVersion", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(imported)});
    ccdk_cfn_output_new(stack, "LatestArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_latest_version(fn))});
    ccdk_cfn_output_new(stack, "VersionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_function_name(v)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
