/* SnsEventSource on a topic of another stack (the topic ARN is exported; the function's stack
 * depends on the topic's). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *topic_stack = ccdk_stack_new(app, "TopicStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(topic_stack, "Topic", NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, &(ccdk_lambda_sns_event_source_props){
        .filter_policy = CCDK_LIST(((ccdk_sns_filter_entry){"kind", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
            .match_suffixes = CCDK_STRS(".created")})})),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
