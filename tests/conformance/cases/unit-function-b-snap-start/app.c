/* Conformance case 'unit-function-b-snap-start': function.test.ts's SnapStart tests that synthesize
 * (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "FunctionUsingSnapStart", NULL);
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W2530", "SnapStart is incomplete, we know");
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .handler = "example.Handler::handleRequest",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });

    stack = ccdk_stack_new(app, "Arm64SnapStart", NULL);
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W2530", "SnapStart is incomplete, we know");
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .handler = "example.Handler::handleRequest",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });

    stack = ccdk_stack_new(app, "ContainerSnapStart", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_docker_image_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-lambda-handler", NULL),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    ccdk_lambda_function_current_version(fn);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
