/* event-sources-on-aliases: the event sources bound to an Alias and to a Version (the mapping,
 * permission and subscription under the alias or version, the grants to the function's role); one
 * queue read by two functions; one source object bound to two functions (aws-cdk-lib keeps the
 * second mapping's id and ARN) */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *test_function(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* Alias: every kind of source with a mapping, and SNS (S3 on an alias: event-sources-s3-alias) */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AliasStack", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(fn, "live", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Q", NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "S", NULL);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
            .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        });
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_lambda_function_add_event_source(live, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
            .batch_size = CCDK_NUM(5)}));
        ccdk_lambda_function_add_event_source(live, ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
        ccdk_lambda_function_add_event_source(live, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON}));
        ccdk_lambda_function_add_event_source(live, ccdk_lambda_sns_event_source(topic, NULL));
    }

    /* Version: fn.currentVersion */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "VersionStack", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Q", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_lambda_event_source *source = ccdk_lambda_sqs_event_source(queue, NULL);
        ccdk_lambda_function_add_event_source(version, source);
        ccdk_lambda_function_add_event_source(version, ccdk_lambda_sns_event_source(topic, NULL));
        ccdk_cfn_output_new(stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
        ccdk_cfn_output_new(stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});
    }

    /* One queue, two functions; one source object, two functions */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SharedStack", NULL);
        ccdk_lambda_function *a = test_function(stack, "A");
        ccdk_lambda_function *b = test_function(stack, "B");
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Q", NULL);
        ccdk_lambda_function_add_event_source(a, ccdk_lambda_sqs_event_source(queue, NULL));
        ccdk_lambda_function_add_event_source(b, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
            .report_batch_item_failures = CCDK_TRUE}));
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "S", NULL);
        ccdk_lambda_event_source *shared = ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST});
        ccdk_lambda_function_add_event_source(a, shared);
        ccdk_lambda_function_add_event_source(b, shared);
        ccdk_cfn_output_new(stack, "SharedMappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(shared)});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
