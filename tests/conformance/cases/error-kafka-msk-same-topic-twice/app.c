/* error: two ManagedKafkaEventSources of one topic on a function (the mapping id KafkaEventSource:<fn id><topic> taken, whatever the cluster) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
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
    const char *clusters[] = {"arn:aws:kafka:us-east-1:123456789012:cluster/a/1", "arn:aws:kafka:us-east-1:123456789012:cluster/b/2"};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
            .cluster_arn = clusters[i], .topic = "orders", .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
