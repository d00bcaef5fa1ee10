/* Conformance case 'user-saas-onboarding': see app.js. */
#include <stdio.h>
#include <string.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

/* class EnforceTracing: every CfnFunction gets TracingConfig.Mode Active. */
static void enforce_tracing(void *node, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(node);
    if (r && strcmp(ccdk_cfn_resource_type(r), "AWS::Lambda::Function") == 0)
        ccdk_cfn_resource_add_property_override(r, "TracingConfig.Mode", ccdk_v_string(r, "Active"));
}

static void onboarding_stack(ccdk_stage *stage, const char *stage_name, int archive_days, const char *replica_region)
{
    char buf[128];
    ccdk_stack *stack = ccdk_stack_new(stage, "Onboarding", NULL);

    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "TenantEvents", &(ccdk_events_event_bus_props){
        .description = "Tenant lifecycle events",
    });
    ccdk_events_event_bus_archive(bus, "SignupArchive", &(ccdk_events_base_archive_props){
        .description = "Signups, kept for replay",
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"saas.signup\"]}"),
        .retention = ccdk_duration_days(archive_days),
    });

    ccdk_sqs_queue *dead_letters = ccdk_sqs_queue_new(stack, "OnboardingDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });

    ccdk_secretsmanager_secret *api_key = ccdk_secretsmanager_secret_new(stack, "TenantApiKey", &(ccdk_secretsmanager_secret_props){
        .description = "API key the provisioner uses against the billing system",
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .secret_string_template = "{\"client\":\"onboarding\"}",
            .generate_string_key = "apiKey",
            .exclude_punctuation = CCDK_TRUE,
            .password_length = CCDK_NUM(40),
        },
    });
    ccdk_lambda_function *rotator = ccdk_lambda_function_new(stack, "KeyRotator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "rotate.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return event[\"Step\"]\n"),
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"BILLING_ENDPOINT", "https://billing.internal/keys"}),
    });
    ccdk_secretsmanager_secret_add_rotation_schedule(api_key, "Rotation", rotator, &(ccdk_secretsmanager_rotation_schedule_options){
        .automatically_after = ccdk_duration_days(30),
        .rotate_immediately_on_update = CCDK_FALSE,
    });
    if (replica_region)
        ccdk_secretsmanager_secret_add_replica_region(api_key, replica_region, NULL);

    snprintf(buf, sizeof buf, "/onboarding/%s/default-plan", stage_name);
    ccdk_ssm_string_parameter *default_plan = ccdk_ssm_string_parameter_new(stack, "DefaultPlan", &(ccdk_ssm_string_parameter_props){
        .parameter_name = buf,
        .string_value = "starter",
        .description = "Plan a new tenant starts on",
    });
    snprintf(buf, sizeof buf, "/onboarding/%s/regions", stage_name);
    ccdk_ssm_string_list_parameter *regions = ccdk_ssm_string_list_parameter_new(stack, "TenantRegions", &(ccdk_ssm_string_list_parameter_props){
        .parameter_name = buf,
        .string_list_value = CCDK_STRS("eu-west-1", "us-east-1"),
    });

    ccdk_lambda_function *provisioner = ccdk_lambda_function_new(stack, "Provisioner", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "provision.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"tenant\": event[\"tenantId\"]}\n"),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_minutes(2),
        .environment = CCDK_KVS({"API_KEY_SECRET_ARN", ccdk_secretsmanager_secret_arn(api_key)},
                                {"DEFAULT_PLAN_PARAM", ccdk_ssm_string_parameter_name(default_plan)},
                                {"REGIONS_PARAM", ccdk_ssm_string_list_parameter_name(regions)},
                                {"EVENT_BUS", ccdk_events_event_bus_name(bus)}),
        .log_group = ccdk_logs_log_group_new(stack, "ProvisionerLogs", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_ONE_MONTH}),
    });
    ccdk_secretsmanager_secret_grant_read(api_key, provisioner);
    ccdk_ssm_string_parameter_grant_read(default_plan, provisioner);
    ccdk_ssm_string_list_parameter_grant_read(regions, provisioner);
    ccdk_events_event_bus_grant_put_events_to(bus, provisioner);

    ccdk_value *input = ccdk_v_object(stack);
    ccdk_v_set(input, "tenantId", ccdk_v_string(stack, ccdk_events_event_field_from_path(stack, "$.detail.tenantId")));
    ccdk_v_set(input, "plan", ccdk_v_string(stack, ccdk_events_event_field_from_path(stack, "$.detail.plan")));
    ccdk_v_set(input, "requestedAt", ccdk_v_string(stack, ccdk_events_event_field_time(stack)));
    ccdk_v_set(input, "stage", ccdk_v_string(stack, stage_name));
    ccdk_dynamodb_table *tenants = ccdk_dynamodb_table_v2_new(stack, "Tenants", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"tenantId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .global_secondary_indexes = CCDK_LIST_OF(ccdk_dynamodb_global_secondary_index_props,
            {.index_name = "byPlan", .partition_key = {"plan", CCDK_DYNAMODB_ATTRIBUTE_STRING}}),
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE},
        .deletion_protection = strcmp(stage_name, "prod") == 0 ? CCDK_TRUE : CCDK_FALSE,
    });
    ccdk_dynamodb_table_grant_read_write_data(tenants, provisioner);
    ccdk_lambda_function_add_environment(provisioner, "TENANTS_TABLE", ccdk_dynamodb_table_name(tenants));

    ccdk_lambda_function *auditor = ccdk_lambda_function_new(stack, "TenantAuditor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "audit.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return len(event[\"Records\"])\n"),
        .timeout = ccdk_duration_seconds(45),
    });
    ccdk_value *insert_only = ccdk_v_set(ccdk_v_object(stack), "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_lambda_function_add_event_source(auditor, ccdk_lambda_dynamo_event_source(tenants, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(50),
        .retry_attempts = CCDK_NUM(2),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, insert_only)),
    }));

    ccdk_value *signup_pattern = ccdk_v_json(stack, "{\"source\": [\"saas.signup\"], \"detailType\": [\"TenantSignedUp\"]}");
    ccdk_v_set(signup_pattern, "detail", ccdk_v_set(ccdk_v_object(stack), "plan",
        ccdk_events_match_any_of(stack, (ccdk_events_matchers)CCDK_LIST(ccdk_events_match_prefix(stack, "ent"),
                                                                         ccdk_events_match_exact_string(stack, "pro")))));
    ccdk_events_rule_new(stack, "TenantSignedUp", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = signup_pattern,
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(provisioner, &(ccdk_events_lambda_function_target_props){
            .event = ccdk_events_rule_target_input_from_object(stack, input),
            .dead_letter_queue = dead_letters,
            .retry_attempts = CCDK_NUM(4),
            .max_event_age = ccdk_duration_hours(1),
        })),
    });

    ccdk_lambda_function *greeter = ccdk_lambda_function_new(stack, "WelcomeMailer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (detail) => detail.tenantId;"),
        .timeout = ccdk_duration_seconds(20),
        .environment = CCDK_KVS({"FROM_ADDRESS", "welcome@example.com"},
                                {"MAIL_DOMAIN", ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/shared/mail-domain", (ccdk_opt_num){0})},
                                {"SMTP_PASSWORD", ccdk_secretsmanager_secret_value_from_json(api_key, "apiKey")}),
    });
    ccdk_secretsmanager_secret_grant_read_version_stages(api_key, greeter, CCDK_STRS("AWSCURRENT"));
    ccdk_events_rule *provisioned = ccdk_events_rule_new(stack, "TenantProvisioned", &(ccdk_events_rule_props){
        .event_bus = bus,
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"saas.provisioner\"], \"detailType\": [\"TenantProvisioned\"]}"),
    });
    ccdk_events_rule_add_target(provisioned, ccdk_events_targets_lambda_function(greeter, &(ccdk_events_lambda_function_target_props){
        .event = ccdk_events_rule_target_input_from_event_path(stack, "$.detail"),
        .dead_letter_queue = dead_letters,
    }));

    ccdk_events_rule_new(stack, "NightlyReconcile", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_days(1)),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(ccdk_lambda_function_add_alias(provisioner, "live", NULL),
            &(ccdk_events_lambda_function_target_props){.event = ccdk_events_rule_target_input_from_text(stack, "reconcile")})),
    });
    ccdk_cloudwatch_alarm_new(stack, "AccountThrottles", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_all_throttles(stack, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(5),
        .evaluation_periods = CCDK_NUM(1),
    });

    ccdk_cloudwatch_alarm *provision_errors = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(provisioner, NULL), stack, "ProvisionerErrors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_alarm *dlq_age = ccdk_cloudwatch_metric_create_alarm(
        ccdk_sqs_queue_metric_approximate_age_of_oldest_message(dead_letters, NULL), stack, "DlqAge",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(3600), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_composite_alarm_new(stack, "OnboardingBroken", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(stack, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_from_alarm(provision_errors, CCDK_CW_ALARM_STATE_ALARM),
            ccdk_cloudwatch_alarm_rule_from_alarm(dlq_age, CCDK_CW_ALARM_STATE_ALARM))),
        .alarm_description = "Tenants are not being onboarded",
    });

    ccdk_aspects_add(stack, enforce_tracing, NULL);
    ccdk_tags_add_with(stack, "cost-center", "cc-4410", &(ccdk_tag_props){
        .include_resource_types = CCDK_STRS("AWS::Lambda::Function")});
    snprintf(buf, sizeof buf, "%s-TenantBusArn", stage_name);
    ccdk_cfn_output_new(stack, "TenantBusArn", &(ccdk_cfn_output_props){
        .value = ccdk_events_event_bus_arn(bus), .export_name = buf});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    static const struct { const char *name; int archive_days; } stages[] = {{"dev", 7}, {"prod", 90}};
    for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++) {
        const char *name = stages[i].name;
        int dev = strcmp(name, "dev") == 0;
        ccdk_stage *stage = dev ? ccdk_stage_new(app, "Dev", NULL)
                                : ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "111122223333", .region = "eu-west-1"});
        onboarding_stack(stage, name, stages[i].archive_days, dev ? NULL : "eu-central-1");
        ccdk_tags_add(stage, "stage", name);
        if (strcmp(name, "dev") == 0)
            ccdk_removal_policies_apply(stage, CCDK_REMOVAL_POLICY_DESTROY, NULL);
    }
    ccdk_tags_add(app, "product", "tenant-onboarding");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
