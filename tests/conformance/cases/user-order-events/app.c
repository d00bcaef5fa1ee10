/* A user's app: order events from EventBridge (source acme.orders, detail-type starting with
 * "Order", a status other than TEST) feed a function that writes to a table with a GSI by
 * customer; an alarm fires on any error. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "OrderEvents", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Orders", &(ccdk_dynamodb_table_props){
        .partition_key = {"orderId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_dynamodb_table_add_global_secondary_index(table, &(ccdk_dynamodb_global_secondary_index_props){
        .index_name = "byCustomer",
        .partition_key = {"customerId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"createdAt", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Recorder", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(table)}, {"INDEX", "byCustomer"}),
    });
    ccdk_dynamodb_table_grant_read_write_data(table, fn);
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, "acme.orders")));
    ccdk_v_set(pattern, "detailType", ccdk_events_match_prefix(stack, "Order"));
    ccdk_value *detail = ccdk_v_object(stack);
    ccdk_v_set(detail, "status", ccdk_events_match_anything_but(stack, CCDK_STRS("TEST")));
    ccdk_v_set(pattern, "detail", detail);
    ccdk_events_rule_new(stack, "OrderRule", &(ccdk_events_rule_props){
        .event_pattern = pattern,
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2)})),
    });
    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_errors(fn, NULL), stack, "RecorderErrors",
                                        &(ccdk_cloudwatch_create_alarm_options){
                                            .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
