/* aws-lambda/test/function.test.ts (first half): grantInvoke and grantInvokeCompositePrincipal, a
 * stack per test (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "xxx"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

static ccdk_iam_role *new_role(ccdk_stack *stack)
{
    return ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_principal(stack, "1234")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantInvoke", NULL);
        ccdk_iam_role *role = new_role(stack);
        ccdk_lambda_function_grant_invoke(new_fn(stack), role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantInvokeLatestVersion", NULL);
        ccdk_iam_role *role = new_role(stack);
        ccdk_lambda_function_grant_invoke_latest_version(new_fn(stack), role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GrantInvokeVersion", NULL);
        ccdk_iam_role *role = new_role(stack);
        ccdk_lambda_function *fn = new_fn(stack);
        ccdk_lambda_version *lv2 = ccdk_lambda_version_new(stack, "v2", &(ccdk_lambda_version_props){.lambda = fn});
        ccdk_lambda_function_grant_invoke_version(fn, role, lv2);
    }
    {
        ccdk_stack *s = ccdk_stack_new(app, "ServicePrincipal", NULL);
        ccdk_lambda_function_grant_invoke(new_fn(s), ccdk_iam_service_principal(s, "apigateway.amazonaws.com"));
        s = ccdk_stack_new(app, "AccountPrincipal", NULL);
        ccdk_lambda_function_grant_invoke(new_fn(s), ccdk_iam_account_principal(s, "123456789012"));
        s = ccdk_stack_new(app, "ArnPrincipal", NULL);
        ccdk_lambda_function_grant_invoke(new_fn(s), ccdk_iam_arn_principal(s, "arn:aws:iam::123456789012:role/someRole"));
        s = ccdk_stack_new(app, "OrganizationPrincipal", NULL);
        ccdk_lambda_function_grant_invoke(new_fn(s), ccdk_iam_organization_principal(s, "o-12345abcde"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ServicePrincipalTwice", NULL);
        ccdk_lambda_function *fn = new_fn(stack);
        ccdk_iam_principal *service = ccdk_iam_service_principal(stack, "elasticloadbalancing.amazonaws.com");
        ccdk_lambda_function_grant_invoke(fn, service);
        ccdk_lambda_function_grant_invoke(fn, service);
    }
    const char *imported_role[2][2] = {{"ImportedRoleSameAccount", "123456789012"}, {"ImportedRoleOtherAccount", "3333"}};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, imported_role[i][0], &(ccdk_stack_props){.account = imported_role[i][1]});
        ccdk_lambda_function *fn = new_fn(stack);
        ccdk_lambda_function_grant_invoke(fn, ccdk_iam_role_from_role_arn(stack, "ForeignRole", "arn:aws:iam::123456789012:role/someRole"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedFunctionSameAccount", &(ccdk_stack_props){.account = "123456789012"});
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "Function", "arn:aws:lambda:us-east-1:123456789012:function:MyFn");
        ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(stack, "elasticloadbalancing.amazonaws.com"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedFunctionSameEnvironment", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "Function", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:MyFn", .same_environment = CCDK_TRUE});
        ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(stack, "elasticloadbalancing.amazonaws.com"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedFunctionSkipPermissions", &(ccdk_stack_props){.account = "111111111111"});
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_attributes(stack, "Function", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:MyFn", .skip_permissions = CCDK_TRUE});
        ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(stack, "elasticloadbalancing.amazonaws.com"));
    }
    {
        ccdk_stack *s = ccdk_stack_new(app, "CompositeTwoAccounts", NULL);
        ccdk_lambda_function_grant_invoke_composite_principal(new_fn(s), ccdk_iam_composite_principal(s, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_account_principal(s, "1234"), ccdk_iam_account_principal(s, "5678"))));
        s = ccdk_stack_new(app, "CompositeMultipleTypes", NULL);
        ccdk_lambda_function_grant_invoke_composite_principal(new_fn(s), ccdk_iam_composite_principal(s, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_account_principal(s, "1234"), ccdk_iam_service_principal(s, "apigateway.amazonaws.com"),
            ccdk_iam_arn_principal(s, "arn:aws:iam::123456789012:role/someRole"),
            ccdk_iam_organization_principal(s, "o-12345abcde"))));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
