/* Conformance case 'user-clickstream-stacks': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

static const ccdk_stack_props env = {.account = "123456789012", .region = "eu-west-1"};

typedef struct {
    ccdk_kms_key *key;
    ccdk_dynamodb_table *table;
} data_stack;

static data_stack data_stack_new(ccdk_app *app, const char *id)
{
    data_stack d;
    ccdk_stack *stack = ccdk_stack_new(app, id, &env);
    d.key = ccdk_kms_key_new(stack, "DataKey", &(ccdk_kms_key_props){
        .description = "Encrypts the clickstream data",
        .enable_key_rotation = CCDK_TRUE,
        .alias = "alias/clickstream",
    });
    d.table = ccdk_dynamodb_table_new(stack, "Clicks", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .encryption = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED,
        .encryption_key = d.key,
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE,
            .recovery_period_in_days = CCDK_NUM(7),
        },
        .deletion_protection = CCDK_TRUE,
    });
    return d;
}

static void ingest_stack_new(ccdk_app *app, const char *id, ccdk_dynamodb_table *table)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, &env);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Clickstream", &(ccdk_kinesis_stream_props){
        .shard_count = CCDK_NUM(2),
        .retention_period = ccdk_duration_hours(48),
    });
    ccdk_sqs_queue *failed_batches = ccdk_sqs_queue_new(stack, "FailedBatches", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_lambda_function *ingest = ccdk_lambda_function_new(stack, "Ingest", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "ingest", NULL),
        .timeout = ccdk_duration_seconds(60),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(table)}),
    });
    ccdk_lambda_function_add_event_source(ingest, ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(500),
        .bisect_batch_on_error = CCDK_TRUE,
        .retry_attempts = CCDK_NUM(3),
        .max_record_age = ccdk_duration_hours(6),
        .parallelization_factor = CCDK_NUM(2),
        .report_batch_item_failures = CCDK_TRUE,
        .on_failure = ccdk_lambda_sqs_dlq(failed_batches),
    }));
    ccdk_dynamodb_table_grant_write_data(table, ingest);
}

static void analytics_stack_new(ccdk_app *app, const char *id, ccdk_dynamodb_table *table, ccdk_kms_key *key)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, &env);
    ccdk_lambda_function *aggregate = ccdk_lambda_function_new(stack, "Aggregate", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "aggregate", NULL),
    });
    ccdk_value *inserts = ccdk_v_object(stack);
    ccdk_v_set(inserts, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_lambda_function_add_event_source(aggregate, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .batch_size = CCDK_NUM(100),
        .max_batching_window = ccdk_duration_seconds(30),
        .retry_attempts = CCDK_NUM(2),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, inserts)),
    }));

    ccdk_s3_bucket *reports = ccdk_s3_bucket_new(stack, "Reports", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = key,
        .enforce_ssl = CCDK_TRUE,
    });
    ccdk_lambda_function *report = ccdk_lambda_function_new(stack, "NightlyReport", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "aggregate", NULL),
        .timeout = ccdk_duration_minutes(5),
        .memory_size = CCDK_NUM(1024),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(table)},
                                {"REPORT_BUCKET", ccdk_s3_bucket_name(reports)}),
    });
    ccdk_dynamodb_table_grant_read_data(table, report);
    ccdk_s3_bucket_grant_put(reports, report, NULL);
    ccdk_events_rule_new(stack, "Nightly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "30", .hour = "2"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(report, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2)})),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    data_stack data = data_stack_new(app, "ClickstreamData");
    ingest_stack_new(app, "ClickstreamIngest", data.table);
    analytics_stack_new(app, "ClickstreamAnalytics", data.table, data.key);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
