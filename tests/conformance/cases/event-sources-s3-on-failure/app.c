/* Stream event sources with an S3OnFailureDestination. */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *failures = ccdk_s3_bucket_new(stack, "Failures", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(stack, "Stream", NULL),
        &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .on_failure = ccdk_lambda_s3_on_failure_destination(failures),
        }));
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .on_failure = ccdk_lambda_s3_on_failure_destination(failures),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
