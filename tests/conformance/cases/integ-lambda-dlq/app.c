/* Conformance case 'integ-lambda-dlq': aws-lambda test/integ.lambda.dlq.ts (the IntegTest is
 * dropped; STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X). As in the original,
 * StackUnderTest creates its function in the other stack, so it stays empty. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-dlq", NULL);
    ccdk_stack_new(app, "LambdaWithDlqStack", NULL);
    ccdk_lambda_function_new(stack, "LambdaWithDlq", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .dead_letter_queue_enabled = CCDK_TRUE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
