/* error: event-source-mapping.test.ts 'throws if both kafkaBootstrapServers is set but empty' (see app.js).
 * Ported from aws-cdk: event-source-mapping.test.ts 'throws if both kafkaBootstrapServers is set but empty' */
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
    ccdk_lambda_event_source_mapping_new(stack, "test", &(ccdk_lambda_event_source_mapping_props){
        .options = {.kafka_bootstrap_servers = CCDK_EMPTY_LIST},
        .target = fn,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
