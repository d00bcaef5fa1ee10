/* Error: inline code on DOTNET_CORE_2 (aws-lambda/test/function.test.ts 'fails if inline code is used for an invalid runtime'). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "bar", .runtime = CCDK_LAMBDA_RUNTIME_DOTNET_CORE_2});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
