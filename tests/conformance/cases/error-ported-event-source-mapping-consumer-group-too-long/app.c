/* error: event-source-mapping.test.ts 'throws if kafkaConsumerGroupId is too long' (see app.js).
 * Ported from aws-cdk: event-source-mapping.test.ts 'throws if kafkaConsumerGroupId is too long' */
#include <string.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = ${handler.toString()}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    char group[202];
    memset(group, 'x', 201);
    group[201] = '\0';
    ccdk_lambda_event_source_mapping_new(stack, "test", &(ccdk_lambda_event_source_mapping_props){
        .options = {
            .event_source_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2",
            .kafka_consumer_group_id = group,
        },
        .target = fn,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
