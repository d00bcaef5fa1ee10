/* Conformance case 'error-code-custom-command-empty': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "Built", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_custom_command(stack, "", (ccdk_strs)CCDK_EMPTY_LIST, NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
