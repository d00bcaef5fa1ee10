/* error: a kafkaConsumerGroupId with a character outside [a-zA-Z0-9-/*:_+=.@-] */
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
    ccdk_lambda_event_source_mapping_new(stack, "Mapping", &(ccdk_lambda_event_source_mapping_props){
        .target = fn,
        .options = {
            .event_source_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/abc",
            .kafka_topic = "orders",
            .kafka_consumer_group_id = "my group",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
