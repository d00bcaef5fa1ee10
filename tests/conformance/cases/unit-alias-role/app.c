/* unit-alias-role: alias.test.ts 'alias exposes real Lambdas role' (ccdk_lambda_alias_role is the
 * function's role handle). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = version});
    ccdk_iam_role *role = ccdk_lambda_alias_role(alias);
    ccdk_cfn_output_new(stack, "Same", &(ccdk_cfn_output_props){
        .value = role && role == ccdk_lambda_function_role(fn) ? "true" : "false"});
    ccdk_cfn_output_new(stack, "AliasRoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
