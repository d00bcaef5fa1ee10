/* error: an image asset with follow BLOCK_EXTERNAL and an external symlink that the .dockerignore
 * does not exclude: AssetStaging's check on the DockerImageAsset (see app.js) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_docker_image_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .follow_symlinks = CCDK_FOLLOW_BLOCK_EXTERNAL,
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
