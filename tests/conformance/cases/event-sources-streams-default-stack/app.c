/* dynamo.test.ts's and kinesis.test.ts's 'sufficiently complex example' in the stack a NULL id
 * makes ('Default'): the mappings' ids carry the table's, stream's and consumer's ids alone. */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_lambda_event_source *from_table = ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON});
    ccdk_lambda_function_add_event_source(fn, from_table);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "S", NULL);
    ccdk_lambda_event_source *from_stream = ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON});
    ccdk_lambda_function_add_event_source(fn, from_stream);
    ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_new(stack, "C", &(ccdk_kinesis_stream_consumer_props){
        .stream = stream, .stream_consumer_name = "c"});
    ccdk_lambda_event_source *from_consumer = ccdk_lambda_kinesis_consumer_event_source(consumer, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST});
    ccdk_lambda_function_add_event_source(fn, from_consumer);
    ccdk_cfn_output_new(stack, "TableMappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(from_table)});
    ccdk_cfn_output_new(stack, "StreamMappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(from_stream)});
    ccdk_cfn_output_new(stack, "ConsumerMappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(from_consumer)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
