/* Seed README, Docker Images: DockerImageFunction with DockerImageCode.fromImageAsset. */
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    /* The image is built by the cdk CLI at publish time, not at synth: no Docker needed here. */
    ccdk_lambda_docker_image_function_new(stack, "AssetFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-handler", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
