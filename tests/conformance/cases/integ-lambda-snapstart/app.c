/* Conformance case 'integ-lambda-snapstart': aws-lambda test/integ.lambda-snapstart.ts (the
 * IntegTest is dropped; handler-snapstart.zip and dotnet-handler/ are small stand-ins of our own). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-runtime-management", NULL);
    ccdk_lambda_function_new(stack, "JavaSnapstartLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler-snapstart.zip", NULL),
        .handler = "Handler",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    ccdk_lambda_function_new(stack, "PythonSnapstartLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "pass"),
        .handler = "Handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    ccdk_lambda_function_new(stack, "DotnetSnapstartLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "dotnet-handler", NULL),
        .handler = "Handler",
        .runtime = CCDK_LAMBDA_RUNTIME_DOTNET_8,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
