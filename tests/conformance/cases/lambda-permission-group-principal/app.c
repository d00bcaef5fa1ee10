/* Conformance case 'lambda-permission-group-principal': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_iam_group *group = ccdk_iam_group_new(stack, "Group", NULL);
    ccdk_lambda_function_add_permission(fn, "F1", &(ccdk_lambda_permission){.principal = ccdk_iam_group_principal(group)});
    ccdk_lambda_function_grant_invoke(fn, group);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
