/* singleton-lambda.test.ts 'grantInvoke works correctly': a Grant's statements (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>

static ccdk_stack *stack;

static void out(const char *id, ccdk_iam_policy_statement *statement)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){
        .value = statement ? ccdk_stack_resolve_value(stack, ccdk_iam_policy_statement_to_json(statement)) : "none"});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_statement *ps, *rs;

    ccdk_lambda_singleton_function *singleton = ccdk_lambda_singleton_function_new(stack, "Singleton",
        &(ccdk_lambda_singleton_function_props){
            .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
            .function = {
                .code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
                .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
                .handler = "index.hello",
            },
        });
    ccdk_lambda_function_grant_invoke_statements(singleton, ccdk_iam_service_principal(stack, "events.amazonaws.com"),
                                                 &ps, &rs);
    out("SingletonResource", rs);
    out("SingletonPrincipal", ps);

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler"});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_lambda_function_grant_invoke_statements(fn, role, &ps, &rs);
    out("RolePrincipal", ps);
    out("RoleResource", rs);
    ccdk_lambda_function_grant_invoke_statements(fn, role, &ps, NULL);
    out("AgainPrincipal", ps);

    ccdk_iam_role *other_role = ccdk_iam_role_from_role_arn(stack, "OtherRole", "arn:aws:iam::111111111111:role/other");
    ccdk_lambda_function_grant_invoke_statements(fn, other_role, &ps, &rs);
    out("OtherPrincipal", ps);
    out("OtherResource", rs);

    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "live", .version = ccdk_lambda_function_current_version(fn)});
    ccdk_lambda_function_grant_invoke_statements(alias, ccdk_iam_account_principal(stack, "222222222222"), NULL, &rs);
    out("AliasResource", rs);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
