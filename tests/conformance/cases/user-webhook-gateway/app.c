/* Conformance case 'user-webhook-gateway': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "WebhookGateway", &(ccdk_stack_props){
        .description = "Partner webhooks: receive, verify, queue and process",
    });
    ccdk_tags_add(stack, "team", "integrations");

    ccdk_lambda_layer_version *shared = ccdk_lambda_layer_version_new(stack, "SharedCode", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_22_X),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "Signature verification shared by the webhook functions",
    });

    ccdk_sqs_queue *dead_letters = ccdk_sqs_queue_new(stack, "WebhookDeadLetters", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sqs_queue *events = ccdk_sqs_queue_new(stack, "WebhookEvents", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(3),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dead_letters, .max_receive_count = CCDK_NUM(5)},
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });

    ccdk_lambda_function *receiver = ccdk_lambda_function_new(stack, "Receiver", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "receiver", NULL),
        .layers = CCDK_LIST(shared),
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(10),
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(events)},
                                {"SIGNING_SECRET_NAME", "webhooks/signing-secret"}),
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
        .log_retention = CCDK_LOGS_RETENTION_ONE_MONTH,
    });
    ccdk_sqs_queue_grant_send_messages(events, receiver);

    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "ReceiverLive", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(receiver),
        .provisioned_concurrent_executions = CCDK_NUM(2),
    });
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(2),
        .max_capacity = CCDK_NUM(20),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.7),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "BusinessHours", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){
            .week_day = "MON-FRI", .hour = "8", .minute = "0"}),
        .min_capacity = CCDK_NUM(10),
        .time_zone = "Europe/Berlin",
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "AfterHours", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){
            .week_day = "MON-FRI", .hour = "19", .minute = "0"}),
        .min_capacity = CCDK_NUM(2),
        .time_zone = "Europe/Berlin",
    });

    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://partners.example.com"),
            .allowed_methods = CCDK_STRS("POST"),
            .allowed_headers = CCDK_STRS("content-type", "x-signature"),
            .max_age = ccdk_duration_hours(1),
        },
    });
    ccdk_iam_role *partner = ccdk_iam_role_new(stack, "PartnerInvoker", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "111122223333"),
        .description = "Assumed by the partner to call the webhook URL",
    });
    ccdk_lambda_function_url_grant_invoke_url(url, partner);

    ccdk_lambda_function *processor = ccdk_lambda_function_new(stack, "Processor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "processor", NULL),
        .layers = CCDK_LIST(shared),
        .timeout = ccdk_duration_seconds(30),
        .reserved_concurrent_executions = CCDK_NUM(10),
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .log_retention = CCDK_LOGS_RETENTION_ONE_MONTH,
    });
    ccdk_value *type = ccdk_v_object(stack);
    ccdk_v_set(type, "type", ccdk_lambda_filter_rule_or(stack, CCDK_STRS("order.created", "order.updated")));
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "body", type);
    ccdk_lambda_function_add_event_source(processor, ccdk_lambda_sqs_event_source(events, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(50),
        .max_batching_window = ccdk_duration_seconds(5),
        .report_batch_item_failures = CCDK_TRUE,
        .max_concurrency = CCDK_NUM(5),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, pattern)),
    }));

    ccdk_cfn_output_new(stack, "WebhookUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    ccdk_cfn_output_new(stack, "PartnerRoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(partner)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
