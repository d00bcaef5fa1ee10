/* error: a function in Consumer takes an SnsEventSource of a topic in Producer (addStackDependency,
 * then the references), a function in Producer names the consumer's ARN: the cycle error with the
 * first reason of the Consumer -> Producer pair only, as aws-cdk-lib's sameReason keeps it
 * (found by tests/difffuzz, seed 10099). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(consumer, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(consumer, "exports.handler = async () => 1;"),
    });
    ccdk_sns_topic *topic = ccdk_sns_topic_new(producer, "Topic", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(topic, NULL));
    ccdk_lambda_function_new(producer, "Caller", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(producer, "exports.handler = async () => 2;"),
        .environment = CCDK_KVS({"TARGET", ccdk_lambda_function_arn(fn)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
