/* Conformance case 'integ-lambda-docker': aws-lambda test/integ.lambda.docker.ts (the IntegTest and
 * its invokeFunction assertion are dropped; docker-lambda-handler/ is a small Dockerfile folder of
 * our own). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-ecr-docker", NULL);
    ccdk_lambda_docker_image_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-lambda-handler", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
