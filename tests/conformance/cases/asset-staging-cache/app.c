/* AssetStaging.assetCache: Code.fromAsset of one directory in several functions and stacks is
 * staged once per App; later assets of the same key (path, exclude, ignore mode, extra hash, hash
 * type, custom hash -- not follow) get the first one's hash, as in aws-cdk-lib (see app.js). */
#include <ccdk/lambda.h>

static void fn(ccdk_stack *stack, const char *id, const ccdk_asset_options *options)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "shared", options),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "StackA", NULL);
    fn(a, "F1", NULL);
    fn(a, "F2", &(ccdk_asset_options){.follow = CCDK_FOLLOW_NEVER});
    fn(a, "F3", &(ccdk_asset_options){.exclude = CCDK_STRS("*.txt")});
    fn(a, "F1Again", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "StackB", NULL);
    fn(b, "F4", &(ccdk_asset_options){.follow = CCDK_FOLLOW_NEVER});
    fn(b, "F5", &(ccdk_asset_options){.extra_hash = "x"});
    fn(b, "F6", &(ccdk_asset_options){.exclude = CCDK_STRS("*.txt")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
