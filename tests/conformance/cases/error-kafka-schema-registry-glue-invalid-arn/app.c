/* error: a GlueSchemaRegistry whose ARN does not match aws-cdk-lib's pattern, bound by the mapping of a
 * ManagedKafkaEventSource */
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
    ccdk_lambda_event_source *msk_event_mapping = ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = "some-arn",
        .topic = "some-topic",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(3)},
        .schema_registry_config = ccdk_lambda_glue_schema_registry(stack, &(ccdk_lambda_glue_schema_registry_props){
            .schema_registry_arn = "invalid-arn",
            .event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_JSON,
            .schema_validation_configs = CCDK_LIST_OF(ccdk_lambda_kafka_schema_validation_config,
                                                      {CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_KEY}),
        }),
    });
    ccdk_lambda_function_add_event_source(fn, msk_event_mapping);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
