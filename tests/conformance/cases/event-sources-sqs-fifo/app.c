/* SqsEventSource on a FIFO queue with filters and max concurrency; a named FIFO queue; a batching window. */
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
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Orders", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .content_based_deduplication = CCDK_TRUE,
    });
    ccdk_value *body = ccdk_v_object(stack);
    ccdk_v_set(body, "status", ccdk_lambda_filter_rule_is_equal(stack, "new"));
    ccdk_v_set(body, "quantity", ccdk_lambda_filter_rule_is_equal_number(stack, 3));
    ccdk_v_set(body, "note", ccdk_lambda_filter_rule_null(stack));
    ccdk_v_set(body, "tag", ccdk_lambda_filter_rule_empty(stack));
    ccdk_v_set(body, "customer", ccdk_lambda_filter_rule_exists(stack));
    ccdk_v_set(body, "coupon", ccdk_lambda_filter_rule_not_exists(stack));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
        .max_concurrency = CCDK_NUM(5),
        .report_batch_item_failures = CCDK_TRUE,
        .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "body", body))),
    }));

    ccdk_sqs_queue *named = ccdk_sqs_queue_new(stack, "Named", &(ccdk_sqs_queue_props){.queue_name = "named.fifo"});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(named, &(ccdk_lambda_sqs_event_source_props){
        .enabled = CCDK_FALSE,
        .max_concurrency = CCDK_NUM(1000),
    }));
    ccdk_sqs_queue *standard = ccdk_sqs_queue_new(stack, "Standard", &(ccdk_sqs_queue_props){
        .content_based_deduplication = CCDK_FALSE,
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(standard, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10000),
        .max_batching_window = ccdk_duration_minutes(5),
        .filters = CCDK_EMPTY_LIST,
        .metrics_config = {CCDK_EMPTY_LIST},
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(2), .maximum_pollers = CCDK_NUM(10)},
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
