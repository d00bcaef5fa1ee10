/* Conformance case 'integ-lambda-snapstart-container-image': aws-lambda
 * test/integ.lambda-snapstart-container-image.ts (the IntegTest is dropped; docker-lambda-handler/
 * is a small Dockerfile folder of our own). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-snapstart-container-image", NULL);
    ccdk_lambda_docker_image_function_new(stack, "SnapStartContainerImageLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-lambda-handler", NULL),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
