/* Error: a deadLetterTopic with deadLetterQueueEnabled true (aws-lambda/test/function.test.ts 'error when default function with SNS DLQ when client provides Topic to be used as DLQ and deadLetterQueueEnabled set to true'). */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_sns_topic *dl_topic = ccdk_sns_topic_new(stack, "DeadLetterTopic", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .dead_letter_queue_enabled = CCDK_TRUE, .dead_letter_topic = dl_topic});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
