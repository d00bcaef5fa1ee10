/* error-ported-function-name-less-than: function.test.ts 'Error when function name contains invalid characters', the character
 * '<', in the Default stack (a NULL id); the construct id is the name, as the test's. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function_new(stack, "foo<", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .function_name = "foo<",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
