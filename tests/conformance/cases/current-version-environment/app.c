/* currentVersion with environment variables, invalidateVersionBasedOn, a Version output. */
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
        .environment = CCDK_KVS({"ZED", "z"}, {"ALPHA", "a"}, {"Mid", "m"}),
        .memory_size = CCDK_NUM(256),
        .timeout = ccdk_duration_seconds(30),
    });
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_function_add_environment(fn, "BETA", "b");
    ccdk_lambda_function_invalidate_version_based_on(fn, "2024-01-01");
    ccdk_cfn_output_new(stack, "VersionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_arn(version)});
    ccdk_cfn_output_new(stack, "Version", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(version)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
