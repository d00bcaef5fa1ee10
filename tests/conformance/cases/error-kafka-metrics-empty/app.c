/* error: ManagedKafkaEventSource with an empty metricsConfig.metrics */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/abc",
        .topic = "orders",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .metrics_config = {CCDK_EMPTY_LIST},
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
