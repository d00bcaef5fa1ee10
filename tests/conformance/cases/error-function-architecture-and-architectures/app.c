/* error: architecture and the deprecated architectures together.
 * Ported from aws-cdk: function.test.ts (the deprecated Function props) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64, .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
