/* Error: grantInvoke to a service on a function imported from another account (aws-lambda/test/function.test.ts 'on an imported function (different account)'). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", &(ccdk_stack_props){.account = "111111111111"});
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "Function", "arn:aws:lambda:us-east-1:123456789012:function:MyFn");
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(stack, "elasticloadbalancing.amazonaws.com"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
