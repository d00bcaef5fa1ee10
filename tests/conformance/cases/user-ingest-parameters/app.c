/* A user's app: CSV files dropped in a bucket under incoming/ are loaded into a table by a
 * function; the table's name is published in Parameter Store for other teams, the function reads
 * its settings from another parameter, errors raise an alarm, logs are kept a week, and the
 * bucket notification goes to a `live` alias of the function's current version. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "IngestStack", NULL);

    ccdk_s3_bucket *uploads = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = CCDK_FALSE,
    });
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Records", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });
    ccdk_ssm_string_parameter *settings = ccdk_ssm_string_parameter_new(stack, "Settings", &(ccdk_ssm_string_parameter_props){
        .parameter_name = "/ingest/settings",
        .string_value = "{\"delimiter\":\",\"}",
        .description = "CSV loader settings",
    });
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LoaderLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_WEEK,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function *loader = ccdk_lambda_function_new(stack, "Loader", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_minutes(2),
        .memory_size = CCDK_NUM(512),
        .log_group = log_group,
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(table)},
                                {"SETTINGS_PARAMETER", ccdk_ssm_string_parameter_name(settings)}),
    });
    ccdk_dynamodb_table_grant_write_data(table, loader);
    ccdk_s3_bucket_grant_read(uploads, loader, "incoming/*");
    ccdk_ssm_string_parameter_grant_read(settings, loader);
    ccdk_lambda_alias *live = ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(loader), "live", NULL);
    ccdk_s3_bucket_add_event_notification(uploads, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(live),
                                          CCDK_S3_FILTERS({.prefix = "incoming/", .suffix = ".csv"}));
    ccdk_ssm_string_parameter_new(stack, "TableNameParameter", &(ccdk_ssm_string_parameter_props){
        .parameter_name = "/ingest/table-name",
        .string_value = ccdk_dynamodb_table_name(table),
    });
    ccdk_cloudwatch_alarm_new(stack, "LoaderErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(loader, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(5)}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
