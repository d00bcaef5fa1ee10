/* Conformance case 'user-webhook-ingest': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "WebhookIngest", NULL);

    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "DeadLetters", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sqs_queue *inbox = ccdk_sqs_queue_new(stack, "Inbox", &(ccdk_sqs_queue_props){
        .fifo = CCDK_TRUE,
        .content_based_deduplication = CCDK_TRUE,
        .visibility_timeout = ccdk_duration_seconds(90),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(3)},
        .enforce_ssl = CCDK_TRUE,
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Events", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_lambda_function *receiver = ccdk_lambda_function_new(stack, "Receiver", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"statusCode\": 202}\n"),
        .environment = CCDK_KVS({"INBOX_URL", ccdk_sqs_queue_url(inbox)}),
        .log_group = ccdk_logs_log_group_new(stack, "ReceiverLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_ONE_WEEK}),
    });
    ccdk_sqs_queue_grant_send_messages(inbox, receiver);
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(receiver, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });

    ccdk_lambda_function *worker = ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"batchItemFailures\": []}\n"),
        .timeout = ccdk_duration_seconds(60),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(table)}),
        .log_group = ccdk_logs_log_group_new(stack, "WorkerLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_ONE_WEEK}),
    });
    ccdk_lambda_function_add_event_source(worker, ccdk_lambda_sqs_event_source(inbox, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
        .report_batch_item_failures = CCDK_TRUE,
    }));
    ccdk_dynamodb_table_grant_write_data(table, worker);

    ccdk_cloudwatch_alarm_new(stack, "WorkerErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(worker, NULL),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cfn_output_new(stack, "WebhookUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
