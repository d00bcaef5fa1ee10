/* Code.fromAsset with follow BLOCK_EXTERNAL: internal symlinks (a file, a directory) followed, an
 * external one excluded; two functions share the asset, a layer of the same directory (EXTERNAL)
 * its hash (see app.js) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){
        .follow = CCDK_FOLLOW_BLOCK_EXTERNAL,
        .exclude = CCDK_STRS("ext.txt"),
    });
    const char *ids[] = {"First", "Second"};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_function_new(stack, ids[i], &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = code,
        });
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){.exclude = CCDK_STRS("ext.txt")}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
