/* DynamoEventSource with filters and an SQS on-failure destination; a second table's stream. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
    });
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "deadLetterQueue", NULL);

    ccdk_value *insert = ccdk_v_object(stack);
    ccdk_v_set(insert, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_value *amount = ccdk_v_set(ccdk_v_object(stack), "N", ccdk_lambda_filter_rule_between(stack, 10, 100));
    ccdk_value *image = ccdk_v_set(ccdk_v_object(stack), "amount", amount);
    ccdk_v_set(insert, "dynamodb", ccdk_v_set(ccdk_v_object(stack), "NewImage", image));
    ccdk_value *changes = ccdk_v_set(ccdk_v_object(stack), "eventName",
                                     ccdk_lambda_filter_rule_or(stack, CCDK_STRS("MODIFY", "REMOVE")));

    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(5),
        .bisect_batch_on_error = CCDK_TRUE,
        .on_failure = ccdk_lambda_sqs_dlq(dlq),
        .retry_attempts = CCDK_NUM(10),
        .max_record_age = ccdk_duration_hours(1),
        .parallelization_factor = CCDK_NUM(2),
        .max_batching_window = ccdk_duration_seconds(30),
        .report_batch_item_failures = CCDK_TRUE,
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, insert), ccdk_lambda_filter_criteria_filter(stack, changes)),
    }));

    ccdk_dynamodb_table *table2 = ccdk_dynamodb_table_new(stack, "Orders", &(ccdk_dynamodb_table_props){
        .table_name = "orders",
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_BINARY},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table2, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .enabled = CCDK_FALSE,
        .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
