/* Conformance case 'user-compliance-vault': an app as a CDK user writes it, not shaped to a
 * feature: a records vault kept for seven years, in a stack pinned to one account and region with
 * termination protection. A rotated KMS key (rotation period, pending window, an alias) encrypts a
 * versioned records bucket with object lock (GOVERNANCE default retention, rewritten in years
 * through an escape hatch), bucket keys, TLS 1.2, partitioned access logs to a logs bucket, daily
 * inventories of the lock fields, lifecycle rules (archive tiers, noncurrent versions, a scratch
 * prefix, tag-filtered expiry) and a policy that denies bypassing governance retention but to the
 * compliance officer. A nightly auditor (cron, a constant input) logs to a KMS-encrypted group kept
 * ten years, may read lock state under a condition, and two alarms (errors, no run) tell an
 * encrypted topic, which also hears delete markers. Tags (some only on buckets and keys), exports. */
#include <stdio.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "RecordsVault", &(ccdk_stack_props){
        .account = "444455556666",
        .region = "eu-central-1",
        .termination_protection = CCDK_TRUE,
    });
    ccdk_tags_add(stack, "compliance", "sec17a-4");
    ccdk_tags_add_with(stack, "data-class", "restricted", &(ccdk_tag_props){
        .include_resource_types = CCDK_STRS("AWS::S3::Bucket", "AWS::KMS::Key")});

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "VaultKey", &(ccdk_kms_key_props){
        .description = "records vault",
        .rotation_period = ccdk_duration_days(180),
        .pending_window = ccdk_duration_days(30),
    });
    ccdk_kms_key_add_alias(key, "alias/records-vault");
    char logs_service[128];
    snprintf(logs_service, sizeof logs_service, "logs.%s.amazonaws.com", ccdk_stack_region(stack));
    ccdk_kms_key_grant_encrypt_decrypt(key, ccdk_iam_service_principal(stack, logs_service));
    ccdk_kms_key_grant(key, ccdk_iam_service_principal(stack, "s3.amazonaws.com"), CCDK_STRS("kms:GenerateDataKey*", "kms:Decrypt"));

    ccdk_s3_bucket *access_logs = ccdk_s3_bucket_new(stack, "AccessLogs", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.id = "expire-logs", .expiration = ccdk_duration_days(400)}),
    });
    ccdk_s3_bucket *records = ccdk_s3_bucket_new(stack, "Records", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = key,
        .bucket_key_enabled = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .minimum_tls_version = 1.2,
        .object_lock_default_retention = {.mode = CCDK_S3_OBJECT_LOCK_GOVERNANCE, .duration = ccdk_duration_days(2555)},
        .server_access_logs_bucket = access_logs,
        .server_access_logs_prefix = "records/",
        .target_object_key_format = {.kind = CCDK_S3_KEY_FORMAT_PARTITIONED_PREFIX,
                                     .partition_date_source = CCDK_S3_PARTITION_DATE_SOURCE_EVENT_TIME},
        .inventories = CCDK_LIST_OF(ccdk_s3_inventory, {
            .destination = {.bucket = access_logs, .prefix = "inventory"},
            .frequency = CCDK_S3_INVENTORY_FREQUENCY_DAILY,
            .include_object_versions = CCDK_S3_INVENTORY_OBJECT_VERSION_ALL,
            .optional_fields = CCDK_STRS("ObjectLockMode", "ObjectLockRetainUntilDate", "ObjectLockLegalHoldStatus"),
        }),
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule,
            {
                .id = "archive",
                .transitions = CCDK_LIST_OF(ccdk_s3_transition,
                    {.storage_class = CCDK_S3_STORAGE_CLASS_GLACIER_INSTANT_RETRIEVAL, .transition_after = ccdk_duration_days(90)},
                    {.storage_class = CCDK_S3_STORAGE_CLASS_DEEP_ARCHIVE, .transition_after = ccdk_duration_days(365)}),
                .noncurrent_version_transitions = CCDK_LIST_OF(ccdk_s3_noncurrent_version_transition,
                    {.storage_class = CCDK_S3_STORAGE_CLASS_GLACIER, .transition_after = ccdk_duration_days(30),
                     .noncurrent_versions_to_retain = CCDK_NUM(3)}),
                .noncurrent_version_expiration = ccdk_duration_days(3650),
            },
            {.id = "scratch", .prefix = "scratch/", .expiration = ccdk_duration_days(7),
             .abort_incomplete_multipart_upload_after = ccdk_duration_days(1)},
            {.id = "drafts", .tag_filters = CCDK_KVS({"stage", "draft"}, {"owner", "ingest"}), .expiration = ccdk_duration_days(30)}),
    });
    /* The team files retention in years, as their auditors read it. */
    ccdk_cfn_resource *cfn_records = (ccdk_cfn_resource *)ccdk_node_default_child(records);
    ccdk_cfn_resource_add_property_override(cfn_records, "ObjectLockConfiguration.Rule.DefaultRetention.Years",
                                            ccdk_v_number(stack, 7));
    ccdk_cfn_resource_add_property_deletion_override(cfn_records, "ObjectLockConfiguration.Rule.DefaultRetention.Days");
    char officer[128];
    snprintf(officer, sizeof officer, "arn:aws:iam::%s:role/ComplianceOfficer", ccdk_stack_account(stack));
    ccdk_value *deny_cond = ccdk_v_object(stack);
    ccdk_v_set(deny_cond, "ArnNotEquals", ccdk_v_set(ccdk_v_object(stack), "aws:PrincipalArn", ccdk_v_string(stack, officer)));
    ccdk_s3_bucket_add_to_resource_policy(records, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .effect = CCDK_IAM_DENY,
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
        .actions = CCDK_STRS("s3:BypassGovernanceRetention"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(records, "*")),
        .conditions = deny_cond,
    }));

    ccdk_sns_topic *alerts = ccdk_sns_topic_new(stack, "ComplianceAlerts", &(ccdk_sns_topic_props){
        .display_name = "Records vault alerts", .master_key = key});
    ccdk_sns_topic_add_to_resource_policy(alerts, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "cloudwatch.amazonaws.com")),
        .actions = CCDK_STRS("sns:Publish"),
        .resources = CCDK_STRS(ccdk_sns_topic_arn(alerts)),
    }));
    ccdk_s3_bucket_add_event_notification(records, CCDK_S3_OBJECT_REMOVED_DELETE_MARKER_CREATED,
                                          ccdk_s3_sns_destination(alerts), (ccdk_s3_notification_key_filter_list)CCDK_EMPTY_LIST);

    ccdk_logs_log_group *audit_logs = ccdk_logs_log_group_new(stack, "AuditorLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_TEN_YEARS, .encryption_key = key});
    ccdk_lambda_function *auditor = ccdk_lambda_function_new(stack, "RetentionAuditor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"checked\": 0}\n"),
        .timeout = ccdk_duration_minutes(10),
        .memory_size = CCDK_NUM(512),
        .log_group = audit_logs,
        .environment = CCDK_KVS({"RECORDS_BUCKET", ccdk_s3_bucket_name(records)}, {"MIN_RETENTION_DAYS", "2555"}),
        .environment_encryption = key,
    });
    ccdk_s3_bucket_grant_read(records, auditor, NULL);
    ccdk_value *acct_cond = ccdk_v_object(stack);
    ccdk_v_set(acct_cond, "StringEquals",
               ccdk_v_set(ccdk_v_object(stack), "s3:ResourceAccount", ccdk_v_string(stack, ccdk_stack_account(stack))));
    ccdk_lambda_function_add_to_role_policy(auditor, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObjectRetention", "s3:GetObjectLegalHold", "s3:GetBucketObjectLockConfiguration"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn(records), ccdk_s3_bucket_arn_for_objects(records, "*")),
        .conditions = acct_cond,
    }));
    ccdk_value *input = ccdk_v_object(stack);
    ccdk_v_set(input, "mode", ccdk_v_string(stack, "full"));
    ccdk_v_set(input, "bucket", ccdk_v_string(stack, ccdk_s3_bucket_name(records)));
    ccdk_events_rule_new(stack, "NightlyAudit", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "30", .hour = "2"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(auditor, &(ccdk_events_lambda_function_target_props){
            .event = ccdk_events_rule_target_input_from_object(stack, input),
            .retry_attempts = CCDK_NUM(0),
        })),
    });

    ccdk_cloudwatch_alarm_action *notify = ccdk_cloudwatch_actions_sns_action(alerts);
    ccdk_cloudwatch_alarm *failed = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(auditor, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_hours(1)}),
        stack, "AuditFailed", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(1),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
            .alarm_description = "the retention audit failed",
        });
    ccdk_cloudwatch_alarm_add_alarm_action(failed, notify);
    ccdk_cloudwatch_alarm *no_run = ccdk_cloudwatch_alarm_new(stack, "AuditDidNotRun", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_invocations(auditor, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_days(1), .statistic = CCDK_CW_STATS_SAMPLE_COUNT}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_LESS_THAN_THRESHOLD,
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_BREACHING,
    });
    ccdk_cloudwatch_alarm_add_alarm_action(no_run, notify);
    ccdk_cloudwatch_alarm_add_ok_action(no_run, notify);

    ccdk_cfn_output_new(stack, "RecordsBucketName", &(ccdk_cfn_output_props){
        .value = ccdk_s3_bucket_name(records), .export_name = "RecordsVault-Bucket"});
    ccdk_cfn_output_new(stack, "VaultKeyArn", &(ccdk_cfn_output_props){
        .value = ccdk_kms_key_arn(key), .export_name = "RecordsVault-KeyArn"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
