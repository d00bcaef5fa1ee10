/* Conformance case 'integ-nodejs-specifycode': aws-lambda-nodejs test/integ.specifycode.ts, a
 * NodejsFunction given its code (Code.fromCustomCommand: a build script writes the folder), so no
 * bundling; the App's postCliContext turns off @aws-cdk/aws-lambda:useCdkManagedLogGroup.
 * Dropped: the IntegTest and its invokeFunction assertion. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-lambda-nodejs-codespecified", NULL);
    /* The build script copies integ-handlers/custom_command_input/custom_command_handler.js to
     * integ-handlers/custom_command_output/mylambdafile.js, the code uploaded to the function. */
    ccdk_lambda_nodejs_function_new(
        stack, "codespecified",
        &(ccdk_lambda_nodejs_function_props){
            .function = {.handler = "mylambdafile.handler",
                         .code = ccdk_lambda_code_from_custom_command(
                             stack, "integ-handlers/custom_command_output",
                             CCDK_STRS("bash", "integ-handlers/custom_command_input/build.sh"), NULL)},
        });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
