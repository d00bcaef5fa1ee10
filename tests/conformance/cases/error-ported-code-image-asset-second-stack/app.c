/* error-asset-image-second-stack (aws-lambda/test/code.test.ts 'fails if asset is bound with a second stack' (lambda.Code.fromAssetImage)) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_lambda_code *asset = ccdk_lambda_code_from_asset_image(stack, "docker-handler", NULL);
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = asset, .handler = "FROM_IMAGE", .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_lambda_function_new(stack2, "Fn", &(ccdk_lambda_function_props){
        .code = asset, .handler = "FROM_IMAGE", .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
