/* Conformance case 'iam-role-from-role-name': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

static void build(ccdk_app *app, const char *name, const ccdk_stack_props *env)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, env);
    ccdk_iam_role *role = ccdk_iam_role_from_role_name(stack, "Role", "my-role");
    ccdk_lambda_function *imported = ccdk_lambda_function_from_function_attributes(stack, "Imported",
        &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:f",
            .role = role,
        });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_grant_consume_messages(queue, imported);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .role = ccdk_iam_role_from_role_name(stack, "ExecRole", "service-role/exec-role"),
    });
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_role_from_role_name(stack, "Caller", "caller"));
    ccdk_cfn_output_new(stack, "RoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
    ccdk_cfn_output_new(stack, "RoleName", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(role)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    build(app, "AgnosticStack", NULL);
    build(app, "EnvStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
