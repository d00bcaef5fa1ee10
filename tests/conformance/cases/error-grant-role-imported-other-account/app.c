/* Conformance case 'error-grant-role-imported-other-account': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){
        .account = "111111111111", .region = "us-east-1",
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_lambda_function *fn =
        ccdk_lambda_function_from_function_arn(stack, "Imported", "arn:aws:lambda:us-east-1:333333333333:function:other");
    ccdk_lambda_function_grant_invoke(fn, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
