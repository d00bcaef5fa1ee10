/* Conformance case 'error-code-custom-command-long-output': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "Built", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_custom_command(stack, "no-such-output",
                                                     CCDK_STRS("sh", "-c", "seq 1 2000; seq 5000 -1 3000 >&2; exit 2"), NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
