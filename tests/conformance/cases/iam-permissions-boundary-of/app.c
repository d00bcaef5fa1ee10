/* Conformance case 'iam-permissions-boundary-of': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.permissions_boundary = {.name = "stack-wide"}});
    ccdk_iam_managed_policy *boundary = ccdk_iam_managed_policy_new(stack, "Boundary", &(ccdk_iam_managed_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("*"), .resources = CCDK_STRS("*")})),
    });
    ccdk_lambda_function *a = fn(stack, "A");
    ccdk_lambda_function *b = fn(stack, "B");
    ccdk_lambda_function *c = fn(stack, "C");
    ccdk_iam_role_new(stack, "Ops", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_iam_user_new(stack, "Deployer", NULL);

    ccdk_iam_permissions_boundary_apply(stack, boundary);
    ccdk_iam_permissions_boundary_apply(a, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "PowerUserAccess"));
    ccdk_iam_permissions_boundary_clear(b);
    ccdk_iam_permissions_boundary_apply(c, boundary);
    ccdk_iam_permissions_boundary_clear(c);
    ccdk_iam_permissions_boundary_apply(c, ccdk_iam_managed_policy_from_managed_policy_name(stack, "Named", "c-boundary"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
