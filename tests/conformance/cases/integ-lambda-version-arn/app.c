/* Conformance case 'integ-lambda-version-arn': aws-lambda test/integ.lambda-version-arn.ts
 * (the IntegTest and its describeStacks assertion are dropped). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-version-arn", NULL);
    ccdk_lambda_function *func = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_10,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = func,
        .max_event_age = ccdk_duration_hours(1),
        .retry_attempts = CCDK_NUM(0),
    });
    ccdk_cfn_output_new(stack, "VersionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_arn(version)});
    /* version.lambda is func */
    ccdk_cfn_output_new(stack, "FunctionArn1", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(func)});
    ccdk_cfn_output_new(stack, "FunctionArn2", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(func)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
