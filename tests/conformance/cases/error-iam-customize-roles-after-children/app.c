/* Conformance case 'error-iam-customize-roles-after-children': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"MyFunction/ServiceRole", "my-role"}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
