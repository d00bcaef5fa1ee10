/* error: DynamoEventSource with an SqsDlq on a function imported without a role (the DLQ's grantSendMessages asks for the policy fragment) */
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:mine");
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .on_failure = ccdk_lambda_sqs_dlq(ccdk_sqs_queue_new(stack, "Dlq", NULL)),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
