/* error: grantInvoke on a function imported from an unknown environment. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn =
        ccdk_lambda_function_from_function_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:MyFn");
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(stack, "events.amazonaws.com"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
