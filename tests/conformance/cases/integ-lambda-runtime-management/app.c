/* Conformance case 'integ-lambda-runtime-management': aws-lambda test/integ.runtime-management.ts
 * (the IntegTest is dropped). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-runtime-management", NULL);
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .runtime_management_mode = CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_AUTO,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
