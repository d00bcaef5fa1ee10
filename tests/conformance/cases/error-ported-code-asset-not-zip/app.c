/* error-asset-not-zip (aws-lambda/test/code.test.ts 'fails if a non-zip asset is used') */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function_new(stack, "Func", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "my-lambda-handler/index.py", NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "foom",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
