/* Conformance case 'user-fifo-ledger': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Ledger", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "EntriesDlq", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE, .retention_period = ccdk_duration_days(14)});
    ccdk_sqs_queue *entries = ccdk_sqs_queue_new(stack, "Entries", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .content_based_deduplication = CCDK_TRUE,
        .visibility_timeout = ccdk_duration_seconds(90),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(5)},
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Accounts", &(ccdk_dynamodb_table_props){
        .partition_key = {"accountId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"seq", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
    });

    ccdk_lambda_function *poster = ccdk_lambda_function_new(stack, "Poster", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"batchItemFailures\": []}\n"),
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(table)}),
    });
    ccdk_dynamodb_table_grant_read_write_data(table, poster);
    ccdk_lambda_function_add_event_source(poster, ccdk_lambda_sqs_event_source(entries, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10), .report_batch_item_failures = CCDK_TRUE}));

    ccdk_lambda_function *projector = ccdk_lambda_function_new(stack, "Projector", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_value *pattern = ccdk_v_set(ccdk_v_object(stack), "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_lambda_function_add_event_source(projector, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(100),
        .retry_attempts = CCDK_NUM(2),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, pattern)),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
