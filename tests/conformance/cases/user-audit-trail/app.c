/* Conformance case 'user-audit-trail': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "AuditTrail", &(ccdk_stack_props){.description = "orders with an audit trail"});

    ccdk_lambda_layer_version *shared = ccdk_lambda_layer_version_from_layer_version_arn(stack, "PowertoolsLayer",
        "arn:aws:lambda:eu-central-1:999999999999:layer:shared-powertools:7");

    ccdk_secretsmanager_secret *db_secret = ccdk_secretsmanager_secret_new(stack, "DbCredentials", &(ccdk_secretsmanager_secret_props){
        .description = "orders database",
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .secret_string_template = "{\"username\":\"orders\"}",
            .generate_string_key = "password",
            .exclude_punctuation = CCDK_TRUE,
        },
    });

    ccdk_logs_log_group *orders_logs = ccdk_logs_log_group_new(stack, "OrdersLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function *orders = ccdk_lambda_function_new(stack, "Orders", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.orders",
        .code = ccdk_lambda_code_from_asset(stack, "src", NULL),
        .layers = CCDK_LIST(shared),
        .log_group = orders_logs,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .environment = CCDK_KVS({"SECRET_ARN", ccdk_secretsmanager_secret_arn(db_secret)}),
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
            .description = "orders release",
        },
    });
    ccdk_secretsmanager_secret_grant_read(db_secret, ccdk_lambda_function_grant_principal(orders));
    ccdk_lambda_function_add_alias(orders, "current", NULL);

    ccdk_sns_topic *dead_letters = ccdk_sns_topic_new(stack, "AuditDeadLetters", &(ccdk_sns_topic_props){
        .display_name = "audit dead letters",
    });
    ccdk_lambda_function *auditor = ccdk_lambda_function_new(stack, "Auditor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.audit",
        .code = ccdk_lambda_code_from_asset(stack, "src", NULL),
        .dead_letter_topic = dead_letters,
        .reserved_concurrent_executions = CCDK_NUM(5),
    });
    ccdk_logs_log_group_add_subscription_filter(orders_logs, "AuditRecords", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_destinations_lambda_destination(auditor, NULL),
        .filter_pattern = ccdk_logs_filter_pattern_boolean_value(stack, "$.audit", 1),
        .filter_name = "audit-records",
    });

    ccdk_logs_metric_filter *error_lines = ccdk_logs_log_group_add_metric_filter(orders_logs, "ErrorLines", &(ccdk_logs_metric_filter_props){
        .filter_pattern = ccdk_logs_filter_pattern_string_value(stack, "$.level", "=", "ERROR"),
        .metric_namespace = "Orders",
        .metric_name = "ErrorLines",
        .default_value = CCDK_NUM(0),
    });
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_logs_metric_filter_metric(error_lines, &(ccdk_cloudwatch_metric_options){.statistic = "Sum", .period = ccdk_duration_minutes(5)}),
        stack, "ErrorLinesAlarm", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(5),
            .evaluation_periods = CCDK_NUM(1),
        });

    ccdk_lambda_function *rotator = ccdk_lambda_function_new(stack, "Rotator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.rotate",
        .code = ccdk_lambda_code_from_asset(stack, "src", NULL),
        .timeout = ccdk_duration_minutes(2),
    });
    ccdk_secretsmanager_secret_add_rotation_schedule(db_secret, "Rotation", rotator, &(ccdk_secretsmanager_rotation_schedule_options){
        .automatically_after = ccdk_duration_days(30),
    });

    ccdk_cloudwatch_alarm_new(stack, "AccountErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_all_errors(stack, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(10)}),
        .threshold = CCDK_NUM(10),
        .evaluation_periods = CCDK_NUM(2),
        .alarm_name = "all-lambda-errors",
    });
    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_throttles(auditor, NULL), stack, "AuditorThrottled",
                                        &(ccdk_cloudwatch_create_alarm_options){
                                            .threshold = CCDK_NUM(1),
                                            .evaluation_periods = CCDK_NUM(1),
                                            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
                                        });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
