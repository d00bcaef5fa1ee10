/* Kinesis and DynamoDB event sources on imported streams and tables (Stream.fromStreamArn,
 * Table.fromTableAttributes / fromTableName). */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

static void output(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    const ccdk_lambda_stream_event_source_props latest = {.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST};
    ccdk_kinesis_stream *clicks = ccdk_kinesis_stream_from_stream_arn(stack, "Clicks", "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(clicks, &latest));
    ccdk_cfn_parameter *stream_param = ccdk_cfn_parameter_new(stack, "StreamArn", NULL);
    ccdk_kinesis_stream *by_param = ccdk_kinesis_stream_from_stream_arn(stack, "ByParam", ccdk_cfn_parameter_value_as_string(stream_param));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(by_param, &latest));
    output(stack, "ClicksName", ccdk_kinesis_stream_name(clicks));
    output(stack, "ByParamName", ccdk_kinesis_stream_name(by_param));

    ccdk_dynamodb_table *orders = ccdk_dynamodb_table_from_table_attributes(stack, "Orders", &(ccdk_dynamodb_table_attributes){
        .table_arn = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders",
        .table_stream_arn = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2024-01-01T00:00:00.000",
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(orders, &latest));
    ccdk_cfn_parameter *stream_arn_param = ccdk_cfn_parameter_new(stack, "TableStreamArn", NULL);
    ccdk_dynamodb_table *users = ccdk_dynamodb_table_from_table_attributes(stack, "Users", &(ccdk_dynamodb_table_attributes){
        .table_name = "users", .table_stream_arn = ccdk_cfn_parameter_value_as_string(stream_arn_param)});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(users, &latest));
    ccdk_cfn_parameter *table_arn_param = ccdk_cfn_parameter_new(stack, "TableArn", NULL);
    ccdk_dynamodb_table *by_arn = ccdk_dynamodb_table_from_table_arn(stack, "ByArn", ccdk_cfn_parameter_value_as_string(table_arn_param));
    output(stack, "OrdersName", ccdk_dynamodb_table_name(orders));
    output(stack, "UsersArn", ccdk_dynamodb_table_arn(users));
    output(stack, "ByArnName", ccdk_dynamodb_table_name(by_arn));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
