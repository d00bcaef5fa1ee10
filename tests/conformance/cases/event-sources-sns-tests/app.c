/* aws-cdk's sns.test.ts (aws-lambda-event-sources), each test as its own stack (the tests'
 * `new cdk.Stack()`, here named). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

/* aws-cdk's test/test-function.ts */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Complex", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "T", NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PropsPassed", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "T", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Q", NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, &(ccdk_lambda_sns_event_source_props){
            .dead_letter_queue = queue,
            .filter_policy = CCDK_LIST(((ccdk_sns_filter_entry){"Field", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("A", "B")})})),
        }));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
