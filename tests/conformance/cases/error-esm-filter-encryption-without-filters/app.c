/* error: adding filter criteria encryption without filter criteria
 * Ported from aws-cdk: event-source-mapping.test.ts 'adding filter criteria encryption without filter criteria' */
#include <ccdk/kms.h>
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
    ccdk_cfn_parameter *topic_name_param = ccdk_cfn_parameter_new(stack, "TopicNameParam", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_kms_key *my_key = ccdk_kms_key_from_key_arn(stack, "SourceBucketEncryptionKey", "arn:aws:kms:us-east-1:123456789012:key/<key-id>");
    ccdk_lambda_event_source_mapping_new(stack, "test", &(ccdk_lambda_event_source_mapping_props){
        .target = fn, .options = {.event_source_arn = "some-arn", .kafka_topic = ccdk_cfn_parameter_value_as_string(topic_name_param), .filter_encryption = my_key},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
