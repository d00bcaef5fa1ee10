/* Conformance case 'integ-lambda-runtime-fromasset': aws-lambda test/integ.runtime.fromasset.ts
 * (the IntegTest and its invokeFunction assertions are dropped; my-app-1.0-SNAPSHOT.zip is a small
 * zip of our own). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-runtime-fromasset", NULL);
    ccdk_lambda_function_new(stack, "MyFunctionJava21", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_21,
        .handler = "com.mycompany.app.LambdaMethodHandler::handleRequest",
        .code = ccdk_lambda_code_from_asset(stack, "my-app-1.0-SNAPSHOT.zip", NULL),
    });
    ccdk_lambda_function_new(stack, "MyFunctionJava25", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_25,
        .handler = "com.mycompany.app.LambdaMethodHandler::handleRequest",
        .code = ccdk_lambda_code_from_asset(stack, "my-app-1.0-SNAPSHOT.zip", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
