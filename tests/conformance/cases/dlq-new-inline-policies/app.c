/* dlq-new-inline-policies: the DLQ grants go through addToRolePolicy (new inline policies under
 * @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy). */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "true");
    ccdk_lambda_function_new(stack, "QueueFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .dead_letter_queue_enabled = CCDK_TRUE,
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "DLT", NULL);
    ccdk_lambda_function_new(stack, "TopicFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .dead_letter_topic = topic,
    });

    ccdk_stack *other = ccdk_stack_new(app, "OtherStack", NULL);
    ccdk_node_set_context(other, "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false");
    ccdk_lambda_function_new(other, "QueueFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(other, "foo"),
        .dead_letter_queue_enabled = CCDK_TRUE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
