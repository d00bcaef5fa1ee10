/* Conformance case 'integ-lambda-runtimes': aws-lambda test/integ.runtimes.ts (the IntegTest is
 * dropped; dotnet-handler/ is a small stand-in of our own). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-runtime-management", NULL);
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "dotnet-handler", NULL),
        .handler = "Handler",
        .runtime = CCDK_LAMBDA_RUNTIME_DOTNET_8,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
