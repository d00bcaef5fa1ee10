/* event-sources-imported-functions: event sources bound to imported functions: by ARN of the stack's
 * account, of another account and by name, without a role (a Table's stream grants are
 * UnknownPrincipal's warnings, with the statement's private fields; SQS's own warning; SNS's
 * permission only where it can be made; ManagedKafkaEventSource's role policies dropped), and with a
 * role (every grant, Kinesis and a Kafka secret's too, in a new policy of the role) */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static void bind_all(ccdk_stack *stack, ccdk_lambda_function *fn, int with_role)
{
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "T", &(ccdk_dynamodb_table_props){
        .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    if (with_role) /* without a role: error-kinesis-imported-function-no-role */
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(stack, "S", NULL),
            &(ccdk_lambda_stream_event_source_props){.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q", NULL), NULL));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(ccdk_sns_topic_new(stack, "Topic", NULL), NULL));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_managed_kafka_event_source(stack, &(ccdk_lambda_managed_kafka_event_source_props){
        .cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/c/abc",
        .topic = "orders",
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        /* without a role: error-kafka-msk-secret-imported-function-no-role */
        .secret = with_role ? ccdk_secretsmanager_secret_new(stack, "Secret", NULL) : NULL,
    }));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SameAccount", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
        bind_all(stack, ccdk_lambda_function_from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:mine"), 0);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "OtherAccount", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
        bind_all(stack, ccdk_lambda_function_from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:999999999999:function:theirs"), 0);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ByName", NULL);
        bind_all(stack, ccdk_lambda_function_from_function_name(stack, "Fn", "by-name"), 0);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithRole", NULL);
        bind_all(stack, ccdk_lambda_function_from_function_attributes(stack, "Fn", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:with-role",
            .role = ccdk_iam_role_from_role_arn(stack, "Role", "arn:aws:iam::123456789012:role/fn-role"),
            .same_environment = CCDK_TRUE,
        }), 1);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
