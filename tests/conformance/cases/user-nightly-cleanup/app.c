/* Conformance case 'user-nightly-cleanup': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "NightlyCleanup", NULL);

    ccdk_dynamodb_table *sessions = ccdk_dynamodb_table_new(stack, "Sessions", &(ccdk_dynamodb_table_props){
        .partition_key = {"userId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"expiresAt", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });
    ccdk_sns_topic *reports = ccdk_sns_topic_new(stack, "Reports", &(ccdk_sns_topic_props){.display_name = "Nightly cleanup reports"});
    ccdk_sns_topic_grant_publish(reports, ccdk_iam_account_principal(stack, "222222222222"));

    ccdk_lambda_function *cleanup = ccdk_lambda_function_new(stack, "Cleanup", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"deleted\": 0}\n"),
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_minutes(5),
        .reserved_concurrent_executions = CCDK_NUM(1),
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(sessions)}),
        .log_group = ccdk_logs_log_group_new(stack, "CleanupLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        }),
    });
    ccdk_lambda_function_add_environment(cleanup, "REPORT_TOPIC", ccdk_sns_topic_arn(reports));
    ccdk_dynamodb_table_grant_read_write_data(sessions, cleanup);
    ccdk_sns_topic_grant_publish(reports, cleanup);
    ccdk_lambda_alias *prod = ccdk_lambda_alias_new(stack, "Prod", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(cleanup)});

    ccdk_events_rule_new(stack, "Nightly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "15", .hour = "3"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(prod, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2)})),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
