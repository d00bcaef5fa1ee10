/* Conformance case 'user-feature-flags': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "FeatureFlags", &(ccdk_stack_props){
        .description = "Feature flag evaluation and administration",
    });

    ccdk_dynamodb_table *flags = ccdk_dynamodb_table_v2_new(stack, "Flags", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"flagKey", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"environment", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE},
        .time_to_live_attribute = "expiresAt",
        .deletion_protection = CCDK_TRUE,
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
            {
                .index_name = "byOwner",
                .partition_key = {"owner", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                .sort_key = {"updatedAt", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
                .projection_type = CCDK_DYNAMODB_PROJECTION_INCLUDE,
                .non_key_attributes = CCDK_STRS("state", "description"),
            },
            {
                .index_name = "byState",
                .partition_key = {"state", CCDK_DYNAMODB_ATTRIBUTE_STRING},
                .projection_type = CCDK_DYNAMODB_PROJECTION_KEYS_ONLY,
            }),
    });

    ccdk_ssm_string_parameter *defaults = ccdk_ssm_string_parameter_new(stack, "Defaults", &(ccdk_ssm_string_parameter_props){
        .parameter_name = "/feature-flags/defaults",
        .description = "Flag values used when a flag has no entry for an environment",
        .string_value = "{\"newCheckout\":false,\"darkMode\":true}",
        .tier = CCDK_SSM_PARAMETER_TIER_STANDARD,
    });
    ccdk_secretsmanager_secret *signing_key = ccdk_secretsmanager_secret_new(stack, "SdkSigningKey", &(ccdk_secretsmanager_secret_props){
        .description = "HMAC key the SDKs sign evaluation requests with",
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .password_length = CCDK_NUM(48),
            .exclude_punctuation = CCDK_TRUE,
        },
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_lambda_function *evaluator = ccdk_lambda_function_new(stack, "Evaluator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200, body: \"{}\" });"),
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(5),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
        .environment = CCDK_KVS(
            {"FLAGS_TABLE", ccdk_dynamodb_table_name(flags)},
            {"DEFAULTS_PARAMETER", ccdk_ssm_string_parameter_name(defaults)},
            {"SIGNING_KEY_ARN", ccdk_secretsmanager_secret_arn(signing_key)}),
        .current_version_options = &(ccdk_lambda_version_options){.removal_policy = CCDK_REMOVAL_POLICY_RETAIN},
    });
    ccdk_dynamodb_table_grant_read_data(flags, evaluator);
    ccdk_ssm_string_parameter_grant_read(defaults, evaluator);
    ccdk_secretsmanager_secret_grant_read(signing_key, evaluator);

    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "EvaluatorLive", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(evaluator),
    });
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://app.example.com", "https://admin.example.com"),
            .allowed_methods = CCDK_STRS("GET", "POST"),
            .allowed_headers = CCDK_STRS("content-type", "authorization", "x-amz-date"),
            .allow_credentials = CCDK_TRUE,
            .max_age = ccdk_duration_hours(1),
        },
    });
    ccdk_iam_role *client_role = ccdk_iam_role_new(stack, "SdkClientRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "123456789012"),
        .description = "Assumed by the web tier to evaluate flags",
    });
    ccdk_lambda_function_grant_invoke_url(live, client_role);

    ccdk_lambda_function *admin = ccdk_lambda_function_new(stack, "Admin", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ ok: true });"),
        .timeout = ccdk_duration_seconds(15),
        .reserved_concurrent_executions = CCDK_NUM(2),
        .runtime_management_mode = CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_FUNCTION_UPDATE,
        .environment = CCDK_KVS({"FLAGS_TABLE", ccdk_dynamodb_table_name(flags)}),
    });
    ccdk_dynamodb_table_grant_read_write_data(flags, admin);
    ccdk_ssm_string_parameter_grant_write(defaults, admin);

    /* every change is also written to the compliance team's audit table, in another account and region */
    ccdk_dynamodb_table *audit_log = ccdk_dynamodb_table_v2_from_table_attributes(stack, "AuditLog", &(ccdk_dynamodb_table_attributes){
        .table_arn = "arn:aws:dynamodb:us-west-2:210987654321:table/flag-audit",
        .global_indexes = CCDK_STRS("byFlag"),
    });
    ccdk_dynamodb_table_grant_write_data(audit_log, admin);
    ccdk_lambda_function_add_environment(admin, "AUDIT_TABLE_ARN", ccdk_dynamodb_table_arn(audit_log));

    ccdk_sns_topic *changes = ccdk_sns_topic_new(stack, "FlagChanges", &(ccdk_sns_topic_props){
        .display_name = "Feature flag changes",
    });
    ccdk_sqs_queue *failed_changes = ccdk_sqs_queue_new(stack, "FailedChanges", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });
    ccdk_lambda_function *notifier = ccdk_lambda_function_new(stack, "ChangeNotifier", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"TOPIC_ARN", ccdk_sns_topic_arn(changes)}),
    });
    ccdk_sns_topic_grant_publish(changes, notifier);
    ccdk_value *new_image = ccdk_v_set(ccdk_v_object(stack), "environment",
                                       ccdk_v_set(ccdk_v_object(stack), "S", ccdk_lambda_filter_rule_is_equal(stack, "production")));
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "eventName", ccdk_lambda_filter_rule_or(stack, CCDK_STRS("INSERT", "MODIFY")));
    ccdk_v_set(pattern, "dynamodb", ccdk_v_set(ccdk_v_object(stack), "NewImage", new_image));
    ccdk_lambda_function_add_event_source(notifier, ccdk_lambda_dynamo_event_source(flags, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(50),
        .max_batching_window = ccdk_duration_seconds(5),
        .retry_attempts = CCDK_NUM(3),
        .bisect_batch_on_error = CCDK_TRUE,
        .max_record_age = ccdk_duration_hours(1),
        .on_failure = ccdk_lambda_sqs_dlq(failed_changes),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, pattern)),
    }));

    ccdk_cloudwatch_alarm_new(stack, "EvaluatorLatency", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_duration(live, &(ccdk_cloudwatch_metric_options){
            .statistic = "p99",
            .period = ccdk_duration_minutes(1),
        }),
        .threshold = CCDK_NUM(250),
        .evaluation_periods = CCDK_NUM(5),
        .datapoints_to_alarm = CCDK_NUM(3),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        .alarm_description = "Flag evaluation is slow",
    });

    ccdk_cloudwatch_alarm_new(stack, "AuditWritesThrottled", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_dynamodb_table_metric_throttled_requests_for_operation(audit_log, "PutItem", &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(5)}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1),
    });

    ccdk_cfn_output_new(stack, "EvaluateUrl", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_url_url(url), .export_name = "FeatureFlagsEvaluateUrl"});
    ccdk_cfn_output_new(stack, "FlagsTableName", &(ccdk_cfn_output_props){
        .value = ccdk_dynamodb_table_name(flags), .export_name = "FeatureFlagsTable"});
    ccdk_cfn_output_new(stack, "ClientRoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(client_role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
