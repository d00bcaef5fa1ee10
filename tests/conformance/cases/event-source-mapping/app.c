/* lambda.EventSourceMapping made directly, and fn.addEventSourceMapping. */
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
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(stack, "Failures", NULL);
    ccdk_value *data = ccdk_v_set(ccdk_v_object(stack), "a", ccdk_lambda_filter_rule_is_equal(stack, "b"));
    ccdk_lambda_event_source_mapping *mapping = ccdk_lambda_event_source_mapping_new(stack, "StreamMapping", &(ccdk_lambda_event_source_mapping_props){
        .target = fn,
        .options = {
            .event_source_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/my-stream",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .batch_size = CCDK_NUM(50),
            .max_batching_window = ccdk_duration_seconds(10),
            .bisect_batch_on_error = CCDK_FALSE,
            .retry_attempts = CCDK_NUM(0),
            .max_record_age = ccdk_duration_seconds(60),
            .parallelization_factor = CCDK_NUM(1),
            .tumbling_window = ccdk_duration_seconds(900),
            .report_batch_item_failures = CCDK_FALSE,
            .on_failure = ccdk_lambda_sqs_dlq(failures),
            .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "data", data))),
        },
    });
    ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id(mapping)});
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn(mapping)});

    ccdk_value *body = ccdk_v_object(stack);
    ccdk_v_set(body, "source", ccdk_lambda_filter_rule_is_equal(stack, ccdk_sqs_queue_arn(failures)));
    ccdk_v_set(body, "n", ccdk_lambda_filter_rule_is_equal_number(stack, 1.5));
    ccdk_lambda_function_add_event_source_mapping(fn, "QueueMapping", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = "arn:aws:sqs:us-east-1:123456789012:my-queue",
        .max_concurrency = CCDK_NUM(2),
        .enabled = CCDK_TRUE,
        .metrics_config = {CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT, CCDK_LAMBDA_METRIC_TYPE_ERROR_COUNT)},
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(1), .maximum_pollers = CCDK_NUM(2000), .poller_group_name = "group-a"},
        /* a token inside a pattern: JSON.stringify keeps it, the resolver makes the string a Fn::Join */
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "body", body))),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
