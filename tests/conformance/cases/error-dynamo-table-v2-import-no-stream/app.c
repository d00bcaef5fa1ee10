/* error: a DynamoEventSource on TableV2.fromTableName (no stream ARN): the error names the import */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_from_table_name(stack, "T", "nostream");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .batch_size = CCDK_NUM(50), .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
