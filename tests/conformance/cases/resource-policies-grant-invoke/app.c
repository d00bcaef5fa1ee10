/* Seed README, Resource-based Policies: grantInvoke / addPermission with a service principal. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    /* `declare const fn: lambda.Function;` in the example: a minimal one. */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_iam_principal *principal = ccdk_iam_service_principal(stack, "my-service");
    ccdk_lambda_function_grant_invoke(fn, principal);
    /* Equivalent to: */
    ccdk_lambda_function_add_permission(fn, "my-service Invocation", &(ccdk_lambda_permission){
        .principal = principal,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
