/* Image assets under the LegacyStackSynthesizer (newStyleStackSynthesis false): the stack's aws:cdk:asset
 * metadata and the aws-cdk/assets image URI (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

static void image_fn(ccdk_stack *stack, const char *id, const ccdk_lambda_asset_image_code_props *options)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(stack, "docker-handler", options),
        .handler = "FROM_IMAGE", .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Agnostic", NULL);
        ccdk_node_set_context(stack, "aws:cdk:enable-asset-metadata", "true");
        const ccdk_lambda_asset_image_code_props built = {
            .file = "Dockerfile", .target = "stage", .build_args = CCDK_KVS({"arg1", "val1"}, {"arg2", "val2"}),
            .build_ssh = "default"};
        image_fn(stack, "Fn", &built);
        image_fn(stack, "Same", &built);
        image_fn(stack, "Default", NULL);
        ccdk_lambda_asset_image_code_props no_cache = built;
        no_cache.cache_disabled = CCDK_TRUE;
        image_fn(stack, "CacheDisabled", &no_cache);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithEnv", &(ccdk_stack_props){
            .account = "123456789012", .region = "eu-west-1"});
        ccdk_lambda_docker_image_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-handler", NULL)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Repository", NULL);
        ccdk_node_set_context(stack, "assets-ecr-repository-name", "\"my-assets\"");
        image_fn(stack, "Fn", NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
