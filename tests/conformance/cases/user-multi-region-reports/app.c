/* Conformance case 'user-multi-region-reports': see app.js. */
#include <stdio.h>
#include <string.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>

#define ACCOUNT "111122223333"
#define PRIMARY_REGION "us-east-1"
#define REPLICA_REGION "eu-west-1"
#define TABLE_NAME "report-index"

/* class RegionalReportsStack extends cdk.Stack */
static void regional_reports_stack(ccdk_app *app, const char *id, const char *region, const char *report_hour,
                                   int termination_protection)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, &(ccdk_stack_props){
        .account = ACCOUNT,
        .region = region,
        .cross_region_references = CCDK_FALSE,
        .termination_protection = termination_protection ? CCDK_TRUE : CCDK_UNSET,
    });
    int primary = strcmp(region, PRIMARY_REGION) == 0;
    char text[128];

    snprintf(text, sizeof text, "Reports data key (%s)", region);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "DataKey", &(ccdk_kms_key_props){
        .alias = "alias/reports-data",
        .description = text,
        .enable_key_rotation = CCDK_TRUE,
        .pending_window = ccdk_duration_days(7),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Reports", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = key,
        .bucket_key_enabled = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .versioned = CCDK_TRUE,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .expiration = ccdk_duration_days(90),
            .noncurrent_version_expiration = ccdk_duration_days(7),
        }),
    });

    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "SharedLayer", &(ccdk_lambda_layer_version_props){
        .layer_version_name = "reports-shared",
        .code = ccdk_lambda_code_from_asset(stack, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "Shared report rendering helpers",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });

    ccdk_dynamodb_table *table = primary
        ? ccdk_dynamodb_table_v2_new(stack, "Index", &(ccdk_dynamodb_table_v2_props){
              .table_name = TABLE_NAME,
              .partition_key = {"reportId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
              .sort_key = {"generatedAt", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
              .replicas = CCDK_LIST_OF(ccdk_dynamodb_replica_table_props, {REPLICA_REGION}),
              .point_in_time_recovery = CCDK_TRUE,
          })
        : ccdk_dynamodb_table_v2_from_table_name(stack, "Index", TABLE_NAME);

    ccdk_lambda_function *renderer = ccdk_lambda_function_new(stack, "Renderer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "render.handler",
        .code = ccdk_lambda_code_from_asset(stack, "handlers/render", NULL),
        .layers = CCDK_LIST(layer),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_minutes(2),
        .ephemeral_storage_size = ccdk_size_gibibytes(2),
        .environment_encryption = key,
        .environment = CCDK_KVS(
            {"BUCKET", ccdk_s3_bucket_name(bucket)},
            {"TABLE_NAME", ccdk_dynamodb_table_name(table)},
            {"ROLE", primary ? "primary" : "replica"}),
        .retry_attempts = CCDK_NUM(0),
        .max_event_age = ccdk_duration_hours(2),
    });
    ccdk_s3_bucket_grant_read_write(bucket, renderer, NULL);
    ccdk_dynamodb_table_grant_read_write_data(table, renderer);

    snprintf(text, sizeof text, "Render the day's reports in %s", region);
    ccdk_events_rule_new(stack, "Nightly", &(ccdk_events_rule_props){
        .description = text,
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = report_hour}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(renderer, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2),
            .max_event_age = ccdk_duration_hours(1),
        })),
    });

    ccdk_sns_topic *alerts = ccdk_sns_topic_new(stack, "Alerts", NULL);
    ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_alarm_new(stack, "RendererErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(renderer, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_hours(1)}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
    ccdk_cloudwatch_alarm_add_alarm_action(errors, ccdk_cloudwatch_actions_sns_action(alerts));

    snprintf(text, sizeof text, "reports-bucket-%s", region);
    ccdk_cfn_output_new(stack, "BucketName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(bucket), .export_name = text});
    snprintf(text, sizeof text, "reports-layer-%s", region);
    ccdk_cfn_output_new(stack, "LayerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_layer_version_arn(layer), .export_name = text});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tags_add(app, "service", "reports");
    ccdk_tags_add(app, "cost-center", "analytics");
    regional_reports_stack(app, "ReportsUsEast1", PRIMARY_REGION, "2", 0);
    regional_reports_stack(app, "ReportsEuWest1", REPLICA_REGION, "1", 1);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
