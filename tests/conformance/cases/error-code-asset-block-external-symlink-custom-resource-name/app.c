/* error: Code.fromAsset with follow BLOCK_EXTERNAL of a directory whose external symlink is called
 * ".is_custom_resource": excluded from the fingerprint and the copy, not from the check (see app.js) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){.follow = CCDK_FOLLOW_BLOCK_EXTERNAL}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
