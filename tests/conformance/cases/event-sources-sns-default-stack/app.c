/* sns.test.ts's two tests in the stack a NULL id makes ('Default'): the subscription and permission
 * named by the topic's id alone. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "T", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, &(ccdk_lambda_sns_event_source_props){
        .dead_letter_queue = queue,
        .filter_policy = CCDK_LIST(((ccdk_sns_filter_entry){"Field", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
            .allowlist = CCDK_STRS("A", "B")})})),
    }));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(ccdk_sns_topic_new(stack, "T2", NULL), NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
