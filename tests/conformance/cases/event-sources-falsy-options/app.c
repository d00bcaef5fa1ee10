/* event-sources-falsy-options: the tests' options given their falsy values, a stack each (sqs.test.ts,
 * dynamo.test.ts, kinesis.test.ts, kafka.test.ts): a zero batching window (given: rendered 0, and it
 * lifts SQS's batch size limit to 10000), a zero tumbling window, enabled true, bisectBatchOnError
 * and reportBatchItemFailures false, maxRecordAge at 60 s and 7 days, retry attempts 0, an empty
 * filter list */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *test_function(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SqsZeroWindow", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL),
            &(ccdk_lambda_sqs_event_source_props){
                .batch_size = CCDK_NUM(11),
                .max_batching_window = ccdk_duration_seconds(0),
                .enabled = CCDK_TRUE,
                .report_batch_item_failures = CCDK_FALSE,
                .filters = CCDK_EMPTY_LIST,
            }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DynamoFalsy", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
            .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .tumbling_window = ccdk_duration_seconds(0),
            .max_batching_window = ccdk_duration_seconds(0),
            .bisect_batch_on_error = CCDK_FALSE,
            .report_batch_item_failures = CCDK_FALSE,
            .enabled = CCDK_TRUE,
            .retry_attempts = CCDK_NUM(0),
            .max_record_age = ccdk_duration_seconds(60),
        }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "KinesisFalsy", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(stack, "S", NULL),
            &(ccdk_lambda_stream_event_source_props){
                .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
                .max_batching_window = ccdk_duration_millis(0),
                .tumbling_window = ccdk_duration_minutes(0),
                .bisect_batch_on_error = CCDK_FALSE,
                .max_record_age = ccdk_duration_days(7),
                .parallelization_factor = CCDK_NUM(1),
                .enabled = CCDK_FALSE,
            }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "KafkaFalsy", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
            .cluster_arn = "some-arn",
            .topic = "some-topic",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .max_batching_window = ccdk_duration_seconds(0),
            .bisect_batch_on_error = CCDK_FALSE,
            .report_batch_item_failures = CCDK_FALSE,
            .retry_attempts = CCDK_NUM(0),
            .enabled = CCDK_TRUE,
        }));
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
            .bootstrap_servers = CCDK_STRS("kafka-broker:9092"),
            .topic = "some-topic",
            .secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){.secret_name = "AmazonMSK_KafkaSecret"}),
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .max_batching_window = ccdk_duration_seconds(0),
            .bisect_batch_on_error = CCDK_FALSE,
            .enabled = CCDK_FALSE,
        }));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
