/* Error: inline code on PROVIDED (aws-lambda/test/function.test.ts 'fails when inline code is specified on an incompatible runtime'). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .handler = "foo", .runtime = CCDK_LAMBDA_RUNTIME_PROVIDED, .code = ccdk_lambda_code_from_inline(stack, "foo")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
