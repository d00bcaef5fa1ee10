/* v2: runtimeManagementMode AUTO, FUNCTION_UPDATE and manual(arn)
 * Ported from aws-cdk: runtime-management.test.ts 'Runtime Management Auto', 'Runtime Management FunctionUpdate', 'Runtime Management MANUAL' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_lambda_function_new(stack, "LambdaAuto", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .runtime_management_mode = CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_AUTO,
    });
    ccdk_lambda_function_new(stack, "LambdaUpdate", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .runtime_management_mode = CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_FUNCTION_UPDATE,
    });
    ccdk_lambda_function_new(stack, "LambdaManual", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .runtime_management_mode = ccdk_lambda_runtime_management_mode_manual(
            stack, "arn:aws:lambda:ap-northeast-1::runtime:07a48df201798d627f2b950f03bb227aab4a655a1d019c3296406f95937e2525"),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
