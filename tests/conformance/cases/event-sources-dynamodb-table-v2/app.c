/* DynamoEventSource on a TableV2 (a GlobalTable), in an env-agnostic and a pinned stack. */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = i == 0 ? ccdk_stack_new(app, "TestStack", NULL)
                                   : ccdk_stack_new(app, "PinnedStack", &(ccdk_stack_props){
                                         .account = "123456789012", .region = "eu-west-1"});
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        });
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
            .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .batch_size = CCDK_NUM(10000),
        }));
        /* Without a stream, TableV2.tableStreamArn is still the StreamArn attribute: aws-cdk-lib synthesizes. */
        ccdk_dynamodb_table *plain = ccdk_dynamodb_table_v2_new(stack, "Plain", &(ccdk_dynamodb_table_v2_props){
            .table_name = "plain",
            .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        });
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(plain, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        }));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
