/* event-sources-option-corners: options at aws-cdk-lib 2.276.0's edges, a stack each:
 * SqsEventSource's provisioned pollers with a token (unchecked), maxConcurrency 0 (falsy: no
 * ScalingConfig, unchecked), a token batching window and batch size; Kafka sources' batchSize 0
 * (`batchSize || 100`); a Kinesis source's retryAttempts -1 (infinite) and a DynamoDB source's
 * provisionedPollerConfig with a token (checked as far as known, then dropped) */
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *test_function(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) { return { event }; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    });
}

static const char *number_parameter(ccdk_stack *stack, const char *id, double dflt)
{
    return ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, id, &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, dflt)}));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SqsPollerToken", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        const char *min = number_parameter(stack, "MinPollers", 2);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL),
            &(ccdk_lambda_sqs_event_source_props){
                .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                    .minimum_pollers = CCDK_NUM_TOKEN(min), .maximum_pollers = CCDK_NUM(5)},
            }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SqsMaxConcurrencyZero", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL),
            &(ccdk_lambda_sqs_event_source_props){.max_concurrency = CCDK_NUM(0)}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SqsTokenWindow", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        const char *window = number_parameter(stack, "Window", 20);
        const char *size = number_parameter(stack, "Size", 500);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL),
            &(ccdk_lambda_sqs_event_source_props){
                .max_batching_window = ccdk_duration_seconds_token(window),
                .batch_size = CCDK_NUM_TOKEN(size),
            }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "KafkaBatchZero", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
            .cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/c/abc",
            .topic = "orders",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .batch_size = CCDK_NUM(0),
        }));
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_self_managed_kafka_event_source(stack, &(ccdk_lambda_self_managed_kafka_event_source_props){
            .bootstrap_servers = CCDK_STRS("b-1.example.com:9092"),
            .topic = "orders",
            .secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL),
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .batch_size = CCDK_NUM(0),
        }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "StreamCorners", NULL);
        ccdk_lambda_function *fn = test_function(stack);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(stack, "S", NULL),
            &(ccdk_lambda_stream_event_source_props){
                .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
                .retry_attempts = CCDK_NUM(-1),
            }));
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
            .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .stream = CCDK_DYNAMODB_STREAM_KEYS_ONLY,
        });
        const char *max = number_parameter(stack, "MaxPollers", 10);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
            .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
                .minimum_pollers = CCDK_NUM(2), .maximum_pollers = CCDK_NUM_TOKEN(max)},
        }));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
