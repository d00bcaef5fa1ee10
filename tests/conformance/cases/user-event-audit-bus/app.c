/* Conformance case 'user-event-audit-bus': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *audit_function(ccdk_stack *stack, const char *id, const char *description,
                                            ccdk_logs_retention_days retention)
{
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, ccdk_fmt(stack, "%sLogs", id), &(ccdk_logs_log_group_props){
        .retention = retention,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, ccdk_fmt(stack,
            "exports.handler = async (event) => { console.log('%s', JSON.stringify(event)); };", id)),
        .description = description,
        .timeout = ccdk_duration_seconds(15),
        .log_group = log_group,
    });
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(fn, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(5)}),
        stack, ccdk_fmt(stack, "%sErrors", id), &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(1),
            .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
            .alarm_description = ccdk_fmt(stack, "%s failed", id),
        });
    return fn;
}

static ccdk_value *strings(ccdk_stack *stack, ccdk_strs values)
{
    ccdk_value *list = ccdk_v_list(stack);
    for (size_t i = 0; i < values.count; i++)
        ccdk_v_push(list, ccdk_v_string(stack, values.items[i]));
    return list;
}

/* {source: [source], detailType: [detail types], detail: {field: Match.prefix(prefix)}} */
static ccdk_value *audit_pattern(ccdk_stack *stack, const char *source, ccdk_strs detail_types,
                                 const char *field, const char *prefix)
{
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "source", strings(stack, CCDK_STRS(source)));
    ccdk_v_set(pattern, "detailType", strings(stack, detail_types));
    ccdk_v_set(pattern, "detail", ccdk_v_set(ccdk_v_object(stack), field, ccdk_events_match_prefix(stack, prefix)));
    return pattern;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "EventAudit", &(ccdk_stack_props){
        .account = "333333333333",
        .region = "ap-southeast-2",
        .description = "Audit events bus and handlers",
    });

    ccdk_kms_key *audit_key = ccdk_kms_key_new(stack, "AuditKey", &(ccdk_kms_key_props){
        .alias = "alias/event-audit",
        .description = "audit archive and queue",
        .enable_key_rotation = CCDK_TRUE,
    });

    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "AuditBus", &(ccdk_events_event_bus_props){
        .event_bus_name = "audit-events",
        .description = "security and data audit events",
    });
    ccdk_events_event_bus_archive(bus, "AuditArchive", &(ccdk_events_base_archive_props){
        .archive_name = "audit-events-archive",
        .description = "every audit event, for replay",
        .event_pattern = ccdk_v_set(ccdk_v_object(stack), "source",
                                    strings(stack, CCDK_STRS("com.example.auth", "com.example.iam", "com.example.data"))),
        .retention = ccdk_duration_days(365),
        .kms_key = audit_key,
    });

    ccdk_sqs_queue *dead_letters = ccdk_sqs_queue_new(stack, "AuditDeadLetters", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sqs_queue *audit_queue = ccdk_sqs_queue_new(stack, "DataAccessQueue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS,
        .encryption_master_key = audit_key,
        .visibility_timeout = ccdk_duration_minutes(2),
    });

    ccdk_lambda_function *login_audit = audit_function(stack, "LoginAudit", "records employee logins", CCDK_LOGS_RETENTION_ONE_MONTH);
    ccdk_lambda_function *permission_audit = audit_function(stack, "PermissionAudit", "records IAM changes", CCDK_LOGS_RETENTION_ONE_YEAR);
    ccdk_lambda_function *data_access_audit = audit_function(stack, "DataAccessAudit", "records production data reads",
                                                             CCDK_LOGS_RETENTION_THREE_MONTHS);
    ccdk_lambda_function *sweeper = audit_function(stack, "AuditSweeper", "closes stale audit sessions", CCDK_LOGS_RETENTION_ONE_WEEK);

    ccdk_events_rule *login_rule = ccdk_events_rule_new(stack, "LoginRule", &(ccdk_events_rule_props){
        .event_bus = bus,
        .description = "employee logins",
        .event_pattern = audit_pattern(stack, "com.example.auth", CCDK_STRS("UserLogin"), "userId", "emp-"),
    });
    ccdk_value *login_input = ccdk_v_object(stack);
    ccdk_v_set(login_input, "user", ccdk_v_string(stack, ccdk_events_event_field_from_path(stack, "$.detail.userId")));
    ccdk_v_set(login_input, "at", ccdk_v_string(stack, ccdk_events_event_field_time(stack)));
    ccdk_v_set(login_input, "origin", ccdk_v_string(stack, ccdk_events_event_field_source(stack)));
    ccdk_events_rule_add_target(login_rule, ccdk_events_targets_lambda_function(login_audit, &(ccdk_events_lambda_function_target_props){
        .retry_attempts = CCDK_NUM(2),
        .max_event_age = ccdk_duration_hours(1),
        .dead_letter_queue = dead_letters,
        .event = ccdk_events_rule_target_input_from_object(stack, login_input),
    }));

    ccdk_events_rule *permission_rule = ccdk_events_rule_new(stack, "PermissionRule", &(ccdk_events_rule_props){
        .event_bus = bus,
        .description = "IAM permission changes",
        .event_pattern = audit_pattern(stack, "com.example.iam", CCDK_STRS("PermissionChanged", "RoleAssumed"),
                                       "resource", "arn:aws:iam::"),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(permission_audit, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(0),
            .max_event_age = ccdk_duration_minutes(30),
            .dead_letter_queue = dead_letters,
        })),
    });

    ccdk_events_rule *data_rule = ccdk_events_rule_new(stack, "DataAccessRule", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = audit_pattern(stack, "com.example.data", CCDK_STRS("ObjectRead"), "bucket", "prod-"),
    });
    ccdk_events_rule_add_target(data_rule, ccdk_events_targets_lambda_function(data_access_audit, &(ccdk_events_lambda_function_target_props){
        .retry_attempts = CCDK_NUM(3),
        .max_event_age = ccdk_duration_hours(6),
        .dead_letter_queue = dead_letters,
        .event = ccdk_events_rule_target_input_from_event_path(stack, "$.detail"),
    }));
    ccdk_events_rule_add_target(data_rule, ccdk_events_targets_sqs_queue(audit_queue, &(ccdk_events_sqs_queue_target_props){
        .retry_attempts = CCDK_NUM(5),
        .dead_letter_queue = dead_letters,
        .message = ccdk_events_rule_target_input_from_text(stack, ccdk_fmt(stack, "read of %s by %s",
            ccdk_events_event_field_from_path(stack, "$.detail.bucket"), ccdk_events_event_field_account(stack))),
    }));

    ccdk_events_rule *sweep_rule = ccdk_events_rule_new(stack, "SweepSchedule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(5)),
        .description = "audit session sweep",
    });
    ccdk_events_rule_add_target(sweep_rule, ccdk_events_targets_lambda_function(sweeper, &(ccdk_events_lambda_function_target_props){
        .retry_attempts = CCDK_NUM(1),
    }));

    ccdk_cfn_output_new(stack, "AuditBusArn", &(ccdk_cfn_output_props){
        .value = ccdk_events_event_bus_arn(bus),
        .export_name = "AuditBusArn",
    });
    ccdk_cfn_output_new(stack, "LoginRuleName", &(ccdk_cfn_output_props){.value = ccdk_events_rule_name(login_rule)});
    ccdk_cfn_output_new(stack, "PermissionRuleName", &(ccdk_cfn_output_props){.value = ccdk_events_rule_name(permission_rule)});
    ccdk_cfn_output_new(stack, "DataAccessRuleName", &(ccdk_cfn_output_props){.value = ccdk_events_rule_name(data_rule)});
    ccdk_cfn_output_new(stack, "SweepRuleName", &(ccdk_cfn_output_props){.value = ccdk_events_rule_name(sweep_rule)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
