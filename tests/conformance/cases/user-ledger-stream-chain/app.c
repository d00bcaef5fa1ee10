/* Conformance case 'user-ledger-stream-chain': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

/* {"S": rule} / {"N": rule}: a DynamoDB attribute value in a filter pattern */
static ccdk_value *typed(ccdk_stack *stack, const char *type, ccdk_value *rule)
{
    return ccdk_v_set(ccdk_v_object(stack), type, rule);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "LedgerChain", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "LedgerKey", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE,
        .alias = "alias/ledger",
    });
    ccdk_kinesis_stream *payments = ccdk_kinesis_stream_new(stack, "Payments", &(ccdk_kinesis_stream_props){
        .stream_mode = CCDK_KINESIS_STREAM_MODE_PROVISIONED,
        .shard_count = CCDK_NUM(2),
        .retention_period = ccdk_duration_hours(48),
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS,
        .encryption_key = key,
    });
    ccdk_dynamodb_table *ledger = ccdk_dynamodb_table_v2_new(stack, "Ledger", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"accountId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"txnId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .time_to_live_attribute = "expiresAt",
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE,
            .recovery_period_in_days = CCDK_NUM(14),
        },
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props, {
            .index_name = "byStatus",
            .partition_key = {"status", CCDK_DYNAMODB_ATTRIBUTE_STRING},
            .sort_key = {"createdAt", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
            .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY,
        }),
        .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {"eu-central-1"}),
    });
    ccdk_sns_topic *failed_batches = ccdk_sns_topic_new(stack, "FailedBatches", NULL);
    ccdk_lambda_function *ingest = ccdk_lambda_function_new(stack, "Ingest", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "ingest.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"batchItemFailures\": []}\n"),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_seconds(120),
        .environment = CCDK_KVS({"LEDGER_TABLE", ccdk_dynamodb_table_name(ledger)}),
        .environment_encryption = key,
    });
    ccdk_lambda_function_add_event_source(ingest, ccdk_lambda_kinesis_event_source(payments, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
        .starting_position_timestamp = CCDK_NUM(1767225600),
        .batch_size = CCDK_NUM(200),
        .max_batching_window = ccdk_duration_seconds(5),
        .bisect_batch_on_error = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(3),
        .max_record_age = ccdk_duration_hours(1),
        .parallelization_factor = CCDK_NUM(2),
        .report_batch_item_failures = CCDK_TRUE,
        .on_failure = ccdk_lambda_sns_dlq(failed_batches),
        .metrics_config = {.metrics = CCDK_LIST(&ccdk_lambda_metric_type_event_count)},
    }));
    ccdk_dynamodb_table_grant_write_data(ledger, ingest);

    ccdk_s3_bucket *statements = ccdk_s3_bucket_new(stack, "Statements", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = key,
        .enforce_ssl = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.noncurrent_version_expiration = ccdk_duration_days(90)}),
    });
    ccdk_sqs_queue *projection_failures = ccdk_sqs_queue_new(stack, "ProjectionFailures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED,
    });
    ccdk_lambda_function *projector = ccdk_lambda_function_new(stack, "Projector", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "projector.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_seconds(60),
        .environment = CCDK_KVS({"STATEMENTS_BUCKET", ccdk_s3_bucket_name(statements)}),
    });
    ccdk_value *new_image = ccdk_v_object(stack);
    ccdk_v_set(new_image, "status", typed(stack, "S", ccdk_lambda_filter_rule_or(stack, CCDK_STRS("SETTLED", "REFUNDED"))));
    ccdk_v_set(new_image, "amount", typed(stack, "N", ccdk_lambda_filter_rule_between(stack, 1, 1000000)));
    ccdk_value *old_image = ccdk_v_set(ccdk_v_object(stack), "status",
                                       typed(stack, "S", ccdk_lambda_filter_rule_not_equals(stack, "SETTLED")));
    ccdk_value *modified = ccdk_v_object(stack);
    ccdk_v_set(modified, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "MODIFY"));
    ccdk_value *dynamodb = ccdk_v_set(ccdk_v_object(stack), "NewImage", new_image);
    ccdk_v_set(dynamodb, "OldImage", old_image);
    ccdk_v_set(modified, "dynamodb", dynamodb);
    ccdk_value *removed = ccdk_v_object(stack);
    ccdk_v_set(removed, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "REMOVE"));
    ccdk_value *identity = ccdk_v_set(ccdk_v_object(stack), "type", ccdk_lambda_filter_rule_is_equal(stack, "Service"));
    ccdk_v_set(identity, "principalId", ccdk_lambda_filter_rule_begins_with(stack, "dynamodb"));
    ccdk_v_set(removed, "userIdentity", identity);
    ccdk_lambda_function_add_event_source(projector, ccdk_lambda_dynamo_event_source(ledger, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(50),
        .retry_attempts = CCDK_NUM(2),
        .on_failure = ccdk_lambda_sqs_dlq(projection_failures),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, modified), ccdk_lambda_filter_criteria_filter(stack, removed)),
    }));
    ccdk_s3_bucket_grant_put(statements, projector, "statements/*");
    ccdk_dynamodb_table_grant_read_data(ledger, projector);
    ccdk_lambda_function_add_to_role_policy(projector, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("cloudwatch:PutMetricData"),
        .resources = CCDK_STRS("*"),
        .conditions = ccdk_v_json(stack, "{\"StringEquals\": {\"cloudwatch:namespace\": \"Ledger\"}}"),
    }));

    ccdk_cloudwatch_metric *iterator_age = ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(
        payments, &(ccdk_cloudwatch_metric_options){.statistic = "Maximum", .period = ccdk_duration_minutes(1)});
    ccdk_cloudwatch_alarm_new(stack, "IngestLagging", &(ccdk_cloudwatch_alarm_props){
        .metric = iterator_age,
        .threshold = CCDK_NUM(60000),
        .evaluation_periods = CCDK_NUM(5),
        .datapoints_to_alarm = CCDK_NUM(3),
    });
    ccdk_cloudwatch_metric *throttled = ccdk_dynamodb_table_metric_throttled_requests_for_operations(
        ledger, &(ccdk_dynamodb_operations_metric_options){
            .metric = {.period = ccdk_duration_minutes(5)},
            .operations = CCDK_STRS("PutItem", "UpdateItem"),
        });
    ccdk_cloudwatch_metric_create_alarm(throttled, stack, "LedgerThrottled", &(ccdk_cloudwatch_create_alarm_options){
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(2),
    });
    ccdk_cloudwatch_widget *graph = ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
        .title = "Ingest",
        .left = CCDK_LIST(ccdk_lambda_function_metric_invocations(ingest, NULL), ccdk_lambda_function_metric_errors(ingest, NULL)),
        .right = CCDK_LIST(iterator_age),
        .width = 12,
    });
    ccdk_cloudwatch_widget *single = ccdk_cloudwatch_single_value_widget_new(stack, &(ccdk_cloudwatch_single_value_widget_props){
        .title = "Projector errors",
        .metrics = CCDK_LIST(ccdk_lambda_function_metric_errors(projector, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_hours(1)})),
        .width = 6,
    });
    ccdk_cloudwatch_dashboard_new(stack, "ChainDashboard", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "ledger-chain",
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(graph, single)),
    });
    ccdk_cfn_output_new(stack, "PaymentsStreamName", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_name(payments)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
