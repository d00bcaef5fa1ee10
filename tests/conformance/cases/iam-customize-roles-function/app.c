/* Conformance case 'iam-customize-roles-function': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"TestStack/MyFunction/ServiceRole", "my-function-role"},
                                         {"Other/ServiceRole", "other-role"}),
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_grant_consume_messages(queue, fn);
    ccdk_lambda_function *other = ccdk_lambda_function_new(stack, "Other", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "bar"),
    });
    const char *bucket = ccdk_fmt(stack, "arn:%s:s3:::bucket-%s-%s/*", ccdk_stack_partition(stack), ccdk_stack_region(stack),
                                  ccdk_stack_account(stack));
    ccdk_lambda_function_add_to_role_policy(other, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"),
        .resources = CCDK_STRS(bucket, ccdk_sqs_queue_url(queue)),
    }));
    ccdk_sqs_queue_grant_send_messages(queue, other);
    ccdk_cfn_output_new(stack, "RoleName", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(ccdk_lambda_function_role(fn))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
