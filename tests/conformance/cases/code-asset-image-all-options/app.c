/* Conformance case 'code-asset-image-all-options': see app.js. Runs in the case directory. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ImageAllOptions", NULL);
    ccdk_lambda_docker_image_function_new(stack, "Everything", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .build_args = CCDK_KVS({"NODE_ENV", "production"}),
            .build_contexts = CCDK_KVS({"shared", "../shared"}, {"base", "docker-image://public.ecr.aws/lambda/nodejs:20"}),
            .build_secrets = CCDK_KVS({"NPM_TOKEN", ccdk_docker_build_secret_from_src(stack, "secret.txt")}),
            .asset_name = "everything-image",
            .cache_from = CCDK_LIST_OF(ccdk_docker_cache_option,
                                       {"registry", CCDK_KVS({"ref", "123456789012.dkr.ecr.us-east-1.amazonaws.com/cache:main"})},
                                       {"gha"}),
            .cache_to = &(ccdk_docker_cache_option){"registry", CCDK_KVS({"ref", "123456789012.dkr.ecr.us-east-1.amazonaws.com/cache:main"},
                                                                         {"mode", "max"})},
            .cache_disabled = CCDK_FALSE,
            .display_name = "The everything image",
            .exclude = CCDK_STRS("*.md", "secret.txt"),
            .follow_symlinks = CCDK_FOLLOW_ALWAYS,
            .ignore_mode = CCDK_IGNORE_MODE_DOCKER,
        }),
    });
    ccdk_lambda_docker_image_function_new(stack, "Named", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .asset_name = "named-image",
            .build_contexts = CCDK_KVS({"app", "."}),
        }),
    });
    ccdk_lambda_docker_image_function_new(stack, "Plain", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", NULL),
    });
    ccdk_lambda_docker_image_function_new(stack, "Invalidation", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .build_contexts = CCDK_KVS({"shared", "../shared"}),
            .build_secrets = CCDK_KVS({"NPM_TOKEN", ccdk_docker_build_secret_from_src(stack, "secret.txt")}),
            .invalidation = {.build_contexts = CCDK_FALSE, .build_secrets = CCDK_FALSE},
            .display_name = "not kept: the hash is Plain's",
        }),
    });
    ccdk_lambda_docker_image_function_new(stack, "HashedSecrets", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .build_secrets = CCDK_KVS({"NPM_TOKEN", ccdk_docker_build_secret_from_src(stack, "secret.txt")}),
            .invalidation = {.build_contexts = CCDK_FALSE},
        }),
    });
    ccdk_lambda_function_new(stack, "ViaCode", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
        .handler = "FROM_IMAGE",
        .code = ccdk_lambda_code_from_asset_image(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .cache_from = CCDK_EMPTY_LIST,
            .build_secrets = CCDK_EMPTY_LIST,
            .cache_to = &(ccdk_docker_cache_option){.type = "local"},
            .exclude = CCDK_STRS("README.md"),
            .follow_symlinks = CCDK_FOLLOW_NEVER,
            .cmd = CCDK_STRS("index.handler"),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
