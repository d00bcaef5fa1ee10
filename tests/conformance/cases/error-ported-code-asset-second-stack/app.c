/* error-asset-second-stack (aws-lambda/test/code.test.ts 'fails if asset is bound with a second stack' (lambda.Code.fromAsset)) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_lambda_code *asset = ccdk_lambda_code_from_asset(stack1, "my-lambda-handler", NULL);
    ccdk_lambda_function_new(stack1, "Func", &(ccdk_lambda_function_props){
        .code = asset,
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "foom",
    });
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_lambda_function_new(stack2, "Func", &(ccdk_lambda_function_props){
        .code = asset,
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "foom",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
