/* Conformance case 'grants-imported-cross-account': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_lambda_function *same = ccdk_lambda_function_from_function_attributes(stack, "SameEnv", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:us-east-1:111111111111:function:same-env",
        .same_environment = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(same, role);
    ccdk_lambda_function_grant_invoke_url(same, role);
    ccdk_lambda_function *skip = ccdk_lambda_function_from_function_attributes(stack, "Skip", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:us-east-1:222222222222:function:skip",
        .skip_permissions = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(skip, role);
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "FunctionArn", NULL);
    ccdk_lambda_function_grant_invoke(
        ccdk_lambda_function_from_function_arn(stack, "TokenArn", ccdk_cfn_parameter_value_as_string(param)), role);

    ccdk_stack *env_stack = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){
        .account = "111111111111", .region = "us-east-1",
    });
    ccdk_iam_role *env_role = ccdk_iam_role_new(env_stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(env_stack, "lambda.amazonaws.com"),
    });
    ccdk_lambda_function_grant_invoke(
        ccdk_lambda_function_from_function_arn(env_stack, "Same", "arn:aws:lambda:us-east-1:111111111111:function:same"), env_role);
    ccdk_lambda_function_grant_invoke(
        ccdk_lambda_function_from_function_attributes(env_stack, "Other", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:333333333333:function:other",
            .same_environment = CCDK_TRUE,
        }),
        env_role);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(env_stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(env_stack, "foo"),
    });
    ccdk_lambda_function_grant_invoke(fn, env_role);
    ccdk_lambda_function_grant_invoke(ccdk_lambda_function_current_version(fn), env_role);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
