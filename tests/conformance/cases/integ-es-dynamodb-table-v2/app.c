/* Conformance case 'integ-es-dynamodb-table-v2': aws-cdk's integ.dynamodb-table-v2.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

/* test-function.ts's TestFunction: Code.fromInline(`exports.handler = ${handler.toString()}`) (the text
 * of app.js's handler), runtime STANDARD_NODEJS_RUNTIME (NODEJS_18_X) */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) {\n"
                                                    "  console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "  return { event };\n"
                                                    "}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-event-source-dynamodb-table-v2", NULL);
    ccdk_lambda_function *fn = test_function(stack, "F");
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "T", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_event_source *event_source = ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .batch_size = CCDK_NUM(5),
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .tumbling_window = ccdk_duration_seconds(60),
    });
    ccdk_lambda_function_add_event_source(fn, event_source);
    ccdk_cfn_output_new(stack, "OutputEventSourceMappingArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_event_source_mapping_arn_of(event_source)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
