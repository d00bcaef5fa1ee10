/* error: dynamo.test.ts 'fails if streaming not enabled on table' as written, in the stack a NULL
 * id makes ('Default'): the error names the table Default/T. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    /* aws-cdk's test/test-function.ts */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .batch_size = CCDK_NUM(50), .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
