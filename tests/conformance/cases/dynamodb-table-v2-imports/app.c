/* Conformance case 'dynamodb-table-v2-imports': see app.js. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
    });

    ccdk_dynamodb_table *by_name = ccdk_dynamodb_table_v2_from_table_name(stack, "ByName", "orders");
    ccdk_dynamodb_table_grant_read_data(by_name, fn);
    ccdk_dynamodb_table *by_arn = ccdk_dynamodb_table_v2_from_table_arn(stack, "ByArn", "arn:aws:dynamodb:eu-central-1:123456789012:table/customers");
    ccdk_dynamodb_table_grant_read_write_data(by_arn, fn);
    ccdk_dynamodb_table_grant(by_arn, fn, CCDK_STRS("dynamodb:Query"));
    ccdk_kms_key *key = ccdk_kms_key_from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    ccdk_dynamodb_table *with_attrs = ccdk_dynamodb_table_v2_from_table_attributes(stack, "WithAttrs", &(ccdk_dynamodb_table_attributes){
        .table_name = "events",
        .table_stream_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/events/stream/2024-01-01T00:00:00.000",
        .encryption_key = key,
        .grant_index_permissions = CCDK_TRUE,
    });
    ccdk_dynamodb_table_grant_write_data(with_attrs, fn);
    ccdk_dynamodb_table_grant_table_list_streams(with_attrs, fn);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(with_attrs, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));

    ccdk_cloudwatch_alarm_new(stack, "Throttles", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_dynamodb_table_metric_throttled_requests_for_operation(by_arn, "Query", NULL),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cloudwatch_alarm_new(stack, "Consumed", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_dynamodb_table_metric_consumed_read_capacity_units(by_name, NULL),
        .threshold = CCDK_NUM(100),
        .evaluation_periods = CCDK_NUM(1),
    });
    char names[512];
    snprintf(names, sizeof names, "%s,%s,%s", ccdk_dynamodb_table_name(by_name), ccdk_dynamodb_table_name(by_arn),
             ccdk_dynamodb_table_arn(with_attrs));
    ccdk_cfn_output_new(stack, "Names", &(ccdk_cfn_output_props){.value = names});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
