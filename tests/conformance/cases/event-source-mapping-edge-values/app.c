/* event-source-mapping-edge-values (see app.js). */
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
    char group[201];
    memset(group, 'a', 199);
    group[199] = '@';
    group[200] = 0;
    ccdk_value *p1 = ccdk_v_object(stack);
    ccdk_v_set(p1, "a", ccdk_lambda_filter_rule_is_equal_number(stack, 0.1 + 0.2));
    ccdk_v_set(p1, "b", ccdk_lambda_filter_rule_is_equal_number(stack, 1e21));
    ccdk_v_set(p1, "c", ccdk_lambda_filter_rule_is_equal_number(stack, 1e-7));
    ccdk_v_set(p1, "d", ccdk_lambda_filter_rule_is_equal_number(stack, -0.0));
    ccdk_v_set(p1, "e", ccdk_lambda_filter_rule_between(stack, -1.5, 123456789012345680000.0));
    ccdk_value *n = ccdk_v_object(stack);
    ccdk_v_set(n, "x", ccdk_lambda_filter_rule_is_equal(stack, ""));
    ccdk_v_set(n, "y", ccdk_lambda_filter_rule_or(stack, (ccdk_strs)CCDK_EMPTY_LIST));
    ccdk_v_set(n, "z", ccdk_lambda_filter_rule_not_equals(stack, "\"q\u2028\u00e9\U0001F600"));
    ccdk_v_set(n, "w", ccdk_lambda_filter_rule_begins_with(stack, "\\"));
    ccdk_value *p2 = ccdk_v_object(stack);
    ccdk_v_set(p2, "n", n);
    ccdk_lambda_event_source_mapping_new(stack, "test", &(ccdk_lambda_event_source_mapping_props){
        .target = fn,
        .options = {
            .event_source_arn = "arn",
            .max_batching_window = ccdk_duration_millis(300000),
            .max_record_age = ccdk_duration_hours(168),
            .retry_attempts = CCDK_NUM(10000), .parallelization_factor = CCDK_NUM(10),
            .tumbling_window = ccdk_duration_minutes(15),
            .max_concurrency = CCDK_NUM(1000), .batch_size = CCDK_NUM(0.5),
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
            .starting_position_timestamp = CCDK_NUM(1640995200.25),
            .kafka_consumer_group_id = group,
            .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, p1), ccdk_lambda_filter_criteria_filter(stack, p2),
                                 ccdk_lambda_filter_criteria_filter(stack, ccdk_v_object(stack))),
            .metrics_config = {.metrics = CCDK_LIST(CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT, CCDK_LAMBDA_METRIC_TYPE_EVENT_COUNT)},
            .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){.minimum_pollers = CCDK_NUM(200), .maximum_pollers = CCDK_NUM(200)},
        },
    });
    ccdk_lambda_event_source_mapping_new(stack, "test2", &(ccdk_lambda_event_source_mapping_props){
        .target = fn,
        .options = {
            .kafka_bootstrap_servers = CCDK_STRS("a", "a"), .kafka_topic = "", .kafka_consumer_group_id = "g",
            .max_record_age = ccdk_duration_seconds(60), .retry_attempts = CCDK_NUM(-1), .parallelization_factor = CCDK_NUM(1),
            .starting_position_timestamp = CCDK_NUM(0), .max_concurrency = CCDK_NUM(0), .batch_size = CCDK_NUM(10000),
            .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){0},
            .filters = CCDK_EMPTY_LIST,
            .metrics_config = {.metrics = CCDK_EMPTY_LIST},
            .source_access_configurations = CCDK_EMPTY_LIST,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
