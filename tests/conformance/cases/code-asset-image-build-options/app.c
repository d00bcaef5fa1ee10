/* Conformance case 'code-asset-image-build-options': see app.js. Runs in the case directory. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ImageOptions", NULL);
    ccdk_lambda_docker_image_function_new(stack, "Everything", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .file = "Dockerfile.prod",
            .build_args = CCDK_KVS({"NODE_ENV", "production"}, {"STAGE", "prod"}),
            .target = "prod",
            .platform = "linux/arm64",
            .network_mode = "host",
            .build_ssh = "default",
            .cache_disabled = CCDK_TRUE,
            .outputs = CCDK_STRS("type=docker"),
            .extra_hash = "salt",
        }),
    });
    ccdk_lambda_docker_image_function_new(stack, "Invalidation", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .build_args = CCDK_KVS({"A", "1"}),
            .target = "base",
            .platform = "linux/amd64",
            .invalidation = {.build_args = CCDK_FALSE, .target = CCDK_FALSE},
        }),
    });
    ccdk_lambda_function_new(stack, "ViaCode", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
        .handler = "FROM_IMAGE",
        .code = ccdk_lambda_code_from_asset_image(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .build_args = CCDK_KVS({"B", "2"}),
            .network_mode = "container:abc",
            .cmd = CCDK_STRS("index.handler"),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
