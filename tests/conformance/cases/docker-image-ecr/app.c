/* Seed README, Docker Images: DockerImageFunction with DockerImageCode.fromEcr. */
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(stack, "Repository", NULL);
    ccdk_lambda_docker_image_function_new(stack, "ECRFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_ecr(repo, NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
