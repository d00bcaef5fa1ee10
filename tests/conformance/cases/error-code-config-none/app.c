/* error-code-config-none: error: a Code of one's own whose bind() returns {} (function.test.ts 'only one of inline, s3 or imageConfig are allowed', Fn1) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "Fn1", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){0}),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_GO_1_X,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
