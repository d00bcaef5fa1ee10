/* error: the same topic's SnsEventSource added twice to a function (the permission id AllowInvoke:<topic id> taken) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>
int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "T", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, NULL));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
