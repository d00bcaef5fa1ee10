/* Conformance case 'unit-code-image-asset-metadata': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

static void image_fn(ccdk_app *app, const char *stack_name, const ccdk_lambda_asset_image_code_props *options)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_name, NULL);
    ccdk_node_set_context(stack, "aws:cdk:enable-asset-metadata", "true");
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(stack, "docker-handler", options),
        .handler = "FROM_IMAGE", .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_lambda_asset_image_code_props built = {
        .file = "Dockerfile", .target = "stage", .build_args = CCDK_KVS({"arg1", "val1"}, {"arg2", "val2"}),
        .build_ssh = "default"};
    image_fn(app, "PropsResolved", &(ccdk_lambda_asset_image_code_props){
        .cmd = CCDK_STRS("cmd", "param1"), .entrypoint = CCDK_STRS("entrypoint", "param2"),
        .working_directory = "/some/path"});
    image_fn(app, "AssetMetadata", &built);
    image_fn(app, "DefaultDockerfile", NULL);
    ccdk_lambda_asset_image_code_props no_cache = built;
    no_cache.cache_disabled = CCDK_TRUE;
    image_fn(app, "CacheDisabled", &no_cache);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
