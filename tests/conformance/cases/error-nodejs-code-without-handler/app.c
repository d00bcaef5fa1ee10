/* Conformance case 'error-nodejs-code-without-handler' (function.test.ts): `code` without a
 * `handler` is aws-cdk-lib's error (three lines). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "handler1", &(ccdk_lambda_nodejs_function_props){
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
                     .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;")}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
