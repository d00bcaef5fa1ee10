/* A Function in a nested stack with another stack's Role and a dead-letter queue of its own nested
 * stack: the role's policy reads the queue's ARN through the nested stack's output, the function
 * the role's ARN. The cycle's message names the output by its logical id's token, as aws-cdk-lib's
 * (its key the output's path, over 100 characters: cut in the middle). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *role_stack = ccdk_stack_new(app, "RoleStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(role_stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(role_stack, "lambda.amazonaws.com"),
    });
    ccdk_stack *function_stack = ccdk_stack_new(app, "FunctionStack", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(function_stack, "NestedStackWithAnIdLongEnoughToCutTheHint", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(nested, "Queue", NULL);
    ccdk_lambda_function_new(nested, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(nested, "exports.handler = async () => 1;"),
        .role = role,
        .dead_letter_queue = queue,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
