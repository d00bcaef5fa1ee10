/* error: a LayerVersion's Code.fromAsset with followSymlinks BLOCK_EXTERNAL and a subdirectory's
 * symlink to a directory outside (see app.js) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer", &(ccdk_asset_options){
            .follow = CCDK_FOLLOW_BLOCK_EXTERNAL,
            .exclude = CCDK_STRS("a-excluded.txt"),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
