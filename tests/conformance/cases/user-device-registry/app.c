/* Conformance case 'user-device-registry': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *registry_stack(ccdk_app *app)
{
    ccdk_stack *stack = ccdk_stack_new(app, "DeviceRegistry", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_dynamodb_table *devices = ccdk_dynamodb_table_new(stack, "Devices", &(ccdk_dynamodb_table_props){
        .partition_key = {"deviceId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(stack, "StreamFailures", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_days(14)});

    ccdk_lambda_function *ingest = ccdk_lambda_function_new(stack, "Ingest", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"ok\": True}\n"),
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(30),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(devices)}),
        .recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_ALLOW,
        .ephemeral_storage_size = ccdk_size_mebibytes(1024),
        .reserved_concurrent_executions = CCDK_NUM(20),
    });
    ccdk_dynamodb_table_grant_read_write_data(devices, ingest);
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(ingest, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://partner.example.com"),
            .allowed_methods = CCDK_STRS("POST"),
            .max_age = ccdk_duration_hours(1),
        },
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM,
    });
    ccdk_iam_role *partner = ccdk_iam_role_new(stack, "PartnerRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "222222222222")});
    ccdk_lambda_function_grant_invoke_url(ingest, partner);
    ccdk_cfn_output_new(stack, "IngestUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});

    ccdk_lambda_function *processor = ccdk_lambda_function_new(stack, "StreamProcessor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ batchItemFailures: [] });"),
        .current_version_options = &(ccdk_lambda_version_options){.removal_policy = CCDK_REMOVAL_POLICY_RETAIN},
    });
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "eventName", ccdk_lambda_filter_rule_is_equal(stack, "INSERT"));
    ccdk_lambda_function_add_event_source(processor, ccdk_lambda_dynamo_event_source(devices, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(50),
        .bisect_batch_on_error = CCDK_TRUE,
        .on_failure = ccdk_lambda_sqs_dlq(failures),
        .report_batch_item_failures = CCDK_TRUE,
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, pattern)),
        .max_record_age = ccdk_duration_hours(1),
        .retry_attempts = CCDK_NUM(3),
        .parallelization_factor = CCDK_NUM(2),
        .tumbling_window = ccdk_duration_seconds(30),
    }));
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(processor, "live", &(ccdk_lambda_alias_options){
        .provisioned_concurrent_executions = CCDK_NUM(2)});
    ccdk_lambda_scalable_attribute_scale_on_utilization(
        ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){.min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(10)}),
        &(ccdk_lambda_utilization_scaling_options){.utilization_target = CCDK_NUM(0.7)});

    ccdk_sns_topic *ops = ccdk_sns_topic_new(stack, "OpsTopic", &(ccdk_sns_topic_props){.display_name = "registry ops"});
    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(processor, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        stack, "ProcessorErrors", &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_alarm_add_alarm_action(alarm, ccdk_cloudwatch_actions_sns_action(ops));
    return ingest;
}

static void ops_stack(ccdk_app *app, ccdk_lambda_function *ingest)
{
    ccdk_stack *stack = ccdk_stack_new(app, "DeviceOps", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_events_rule *rule = ccdk_events_rule_new(stack, "NightlySweep", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = "3"})});
    ccdk_value *input = ccdk_v_object(stack);
    ccdk_v_set(input, "mode", ccdk_v_string(stack, "sweep"));
    ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(ingest, &(ccdk_events_lambda_function_target_props){
        .event = ccdk_events_rule_target_input_from_object(stack, input),
        .retry_attempts = CCDK_NUM(2),
    }));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_lambda_function *ingest = registry_stack(app);
    ops_stack(app, ingest);
    ccdk_tags_add(app, "service", "device-registry");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
